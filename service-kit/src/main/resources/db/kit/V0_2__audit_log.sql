-- Who did what to which record, when, from which client (service-kit). Append-only: the database itself refuses
-- to change or remove an entry, whatever the application does.
CREATE TABLE audit_entry (
    id          BIGSERIAL PRIMARY KEY,
    occurred_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    actor       TEXT        NOT NULL,
    client_id   TEXT        NOT NULL,
    roles       TEXT        NOT NULL,
    address     TEXT        NOT NULL,
    action      TEXT        NOT NULL,
    record_type TEXT        NOT NULL,
    record_id   TEXT
);
CREATE INDEX audit_entry_record ON audit_entry (record_type, record_id);

CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP;
END
$$;
CREATE TRIGGER audit_entry_append_only
    BEFORE UPDATE OR DELETE ON audit_entry FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();
CREATE TRIGGER audit_entry_no_truncate
    BEFORE TRUNCATE ON audit_entry FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only();

-- The role that owns a table can drop or disable its triggers, so the audit log is append-only only against a role that
-- does not own it. In production each service therefore migrates as the owner (quarkus.flyway.username/password) and
-- runs as a separate login role without ownership, named by the Flyway placeholder netral_runtime_role. That role gets
-- what the service's requests need on every table, now and on the tables later migrations create, and on audit_entry
-- only SELECT and INSERT: it can neither change nor remove an entry, nor drop, disable or replace the trigger.
-- Where the placeholder is 'none' (the local run, tests, a single-role database) the service runs as the owner and only
-- the grants to PUBLIC change.
REVOKE ALL ON audit_entry FROM PUBLIC;

DO $$
DECLARE
    runtime_role TEXT := '${netral_runtime_role}';
BEGIN
    IF runtime_role = 'none' THEN
        RETURN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = runtime_role) THEN
        RAISE EXCEPTION 'the runtime role % named by netral_runtime_role does not exist', runtime_role;
    END IF;
    IF runtime_role = current_user THEN
        RAISE EXCEPTION 'the runtime role % must not be the role that migrates and owns the tables', runtime_role;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), runtime_role);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', current_schema(),
                   runtime_role);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), runtime_role);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I',
                   current_schema(), runtime_role);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT ON SEQUENCES TO %I', current_schema(),
                   runtime_role);
    EXECUTE format('REVOKE ALL ON audit_entry FROM %I', runtime_role);
    EXECUTE format('GRANT SELECT, INSERT ON audit_entry TO %I', runtime_role);
    -- Flyway's own history is the migrating role's alone
    IF to_regclass('flyway_schema_history') IS NOT NULL THEN
        EXECUTE format('REVOKE ALL ON flyway_schema_history FROM %I', runtime_role);
    END IF;
END
$$;

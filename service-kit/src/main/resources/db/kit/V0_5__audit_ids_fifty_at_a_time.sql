-- Audit entries take their ids from the sequence fifty at a time (Hibernate's pooled optimizer), so an entry is
-- written with the rest of its transaction's rows at commit instead of at once with its id read back (issue 15).
-- Replicas draw different blocks, so ids no longer follow time across replicas: the log is read newest first by
-- occurred_at, with the id only as a tie-break within one replica.
ALTER SEQUENCE audit_entry_id_seq INCREMENT BY 50;
CREATE INDEX audit_entry_newest_first ON audit_entry (occurred_at DESC, id DESC);

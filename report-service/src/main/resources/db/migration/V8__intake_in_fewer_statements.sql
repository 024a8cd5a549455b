-- Intake writes a submission in fewer statements (issue 15).
-- Timeline entries take their ids from the sequence fifty at a time (Hibernate's pooled optimizer), so the entries of a
-- transaction are inserted in one batched statement instead of one by one to read each generated id back. Ids stay
-- unique; the timeline is read in the order of occurred_at, then id.
ALTER SEQUENCE timeline_entry_id_seq INCREMENT BY 50;
-- The Idempotency-Key is claimed first, with INSERT ... ON CONFLICT DO NOTHING, and the report it names is inserted
-- later in the same transaction: its existence is checked at commit.
ALTER TABLE submission_key ALTER CONSTRAINT submission_key_report_id_fkey DEFERRABLE INITIALLY DEFERRED;

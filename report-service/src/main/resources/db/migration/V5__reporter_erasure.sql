-- The reporter's identity is erased a configured time after a closed case's last step (UU 27/2022 on personal data
-- protection: personal data is kept only as long as its purpose needs it). The case stays; who reported it does not.
ALTER TABLE report ADD COLUMN reporter_erased_at TIMESTAMPTZ;
ALTER TABLE report ADD CONSTRAINT report_erased_reporter_is_gone
    CHECK (reporter_erased_at IS NULL OR (reporter_name IS NULL AND reporter_contact IS NULL AND reporter_nik IS NULL));

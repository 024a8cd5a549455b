-- The day Bawaslu received a report, when earlier than its submission to Netral (a report handed in on paper and typed
-- in days later), and who vouches for that day: the reporting window counts to it.
ALTER TABLE report
    ADD COLUMN received_on         DATE,
    ADD COLUMN received_vouched_by TEXT,
    ADD CONSTRAINT report_received_is_vouched_for CHECK ((received_on IS NULL) = (received_vouched_by IS NULL)),
    ADD CONSTRAINT report_received_not_before_the_act CHECK (received_on IS NULL OR received_on >= incident_date);

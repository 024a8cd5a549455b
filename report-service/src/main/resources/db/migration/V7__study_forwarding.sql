-- Bawaslu's forwarding of its study (kajian) of a verified case to the body that examines it, as a verifier records
-- it: the day and number of the forwarding letter, the Bawaslu office or official that forwarded it, the receiver the
-- day decides (KASN until 23 Aug 2024, BKN through SBT from 24 Aug 2024) and who recorded it. One forwarding a case.
ALTER TABLE report
    ADD COLUMN forwarded_on             DATE,
    ADD COLUMN forwarding_letter_number TEXT,
    ADD COLUMN forwarded_by             TEXT,
    ADD COLUMN forwarded_to             TEXT CHECK (forwarded_to IN ('KASN', 'BKN')),
    ADD COLUMN forwarding_recorded_by   TEXT,
    ADD COLUMN forwarding_recorded_at   TIMESTAMPTZ,
    ADD CONSTRAINT report_forwarding_complete CHECK ((forwarded_on IS NULL) = (forwarding_letter_number IS NULL)
        AND (forwarded_on IS NULL) = (forwarded_by IS NULL) AND (forwarded_on IS NULL) = (forwarded_to IS NULL)
        AND (forwarded_on IS NULL) = (forwarding_recorded_at IS NULL)),
    ADD CONSTRAINT report_forwarded_only_when_verified CHECK (forwarded_on IS NULL OR violation_kind IS NOT NULL);

-- Screening (formal and material requirements), verification workflow and the verifiers' work lists.

-- A submission without an identified reporter is kept as information a supervisor may take up as a finding
-- (temuan); it is not registered as a report.
ALTER TABLE report ALTER COLUMN reporter_name DROP NOT NULL;
ALTER TABLE report ALTER COLUMN reporter_contact DROP NOT NULL;

ALTER TABLE report ADD COLUMN kecamatan_code TEXT;
UPDATE report SET kecamatan_code = substring(kelurahan_code FROM 1 FOR 8);
ALTER TABLE report ALTER COLUMN kecamatan_code SET NOT NULL;

ALTER TABLE report ADD COLUMN screening_reasons TEXT;
ALTER TABLE report ADD COLUMN duplicate_of UUID REFERENCES report (id);
ALTER TABLE report ADD COLUMN registered_at TIMESTAMPTZ;
-- The verifier's decision is due 7 days after registration (configurable).
ALTER TABLE report ADD COLUMN decision_due DATE;
ALTER TABLE report ADD COLUMN assigned_to TEXT;
ALTER TABLE report ADD COLUMN assigned_at TIMESTAMPTZ;

CREATE INDEX report_worklist ON report (status, election_id, opd_code, kecamatan_code, submitted_at);
CREATE INDEX report_same_act ON report (accused_employee_id, incident_date, suspected_kind);

-- What a reporter added when the verifier asked (NEEDS_INFO); read by verifiers only.
CREATE TABLE report_information (
    id         BIGSERIAL PRIMARY KEY,
    report_id  UUID        NOT NULL REFERENCES report (id),
    question   TEXT        NOT NULL,
    answer     TEXT        NOT NULL,
    answered_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE report (
    id                    UUID PRIMARY KEY,
    tracking_code         TEXT        NOT NULL UNIQUE,
    status                TEXT        NOT NULL,
    submitted_at          TIMESTAMPTZ NOT NULL,
    -- the partner app (OAuth client) that submitted the report: only it may read the report back
    submitted_by          TEXT        NOT NULL,
    -- the reporter: never leaves this service; AES-GCM ciphertext under the key named by reporter_key_id
    reporter_key_id       TEXT        NOT NULL,
    reporter_name         TEXT        NOT NULL,
    reporter_contact      TEXT        NOT NULL,
    reporter_nik          TEXT,
    reporter_confidential BOOLEAN     NOT NULL,
    accused_employee_id   TEXT,
    accused_name          TEXT        NOT NULL,
    employment_type       TEXT        NOT NULL,
    opd_code              TEXT        NOT NULL,
    accused_position      TEXT,
    election_id           TEXT        NOT NULL,
    incident_date         DATE        NOT NULL,
    known_date            DATE        NOT NULL,
    kelurahan_code        TEXT        NOT NULL,
    description           TEXT        NOT NULL,
    suspected_kind        TEXT,
    violation_kind        TEXT,
    decided_by            TEXT,
    decided_at            TIMESTAMPTZ,
    decision_note         TEXT,
    version               BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX report_accused ON report (accused_employee_id);
CREATE INDEX report_submitted_by ON report (submitted_by);

CREATE TABLE report_evidence (
    report_id   UUID NOT NULL REFERENCES report (id),
    position    INT  NOT NULL,
    url         TEXT NOT NULL,
    sha256      TEXT,
    description TEXT,
    PRIMARY KEY (report_id, position)
);

-- What happened to a case, in order; event_id makes a redelivered downstream event a no-op.
CREATE TABLE timeline_entry (
    id          BIGSERIAL PRIMARY KEY,
    report_id   UUID        NOT NULL REFERENCES report (id),
    occurred_at TIMESTAMPTZ NOT NULL,
    step        TEXT        NOT NULL,
    detail      TEXT,
    event_id    UUID UNIQUE
);
CREATE INDEX timeline_entry_report ON timeline_entry (report_id, occurred_at);

-- A retried submission with the same Idempotency-Key returns the first result.
CREATE TABLE submission_key (
    client_id       TEXT        NOT NULL,
    idempotency_key TEXT        NOT NULL,
    request_hash    TEXT        NOT NULL,
    report_id       UUID        NOT NULL REFERENCES report (id),
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (client_id, idempotency_key)
);

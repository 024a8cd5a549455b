-- One sanction recommendation per verified case. The accused is copied from the report.verified event (this
-- service never reads report-service's tables); nothing about the reporter ever reaches this database.
-- UNIQUE report_id backs up the inbox: even a second, different verification event of the same case cannot make
-- a second recommendation.
CREATE TABLE recommendation (
    id                   UUID PRIMARY KEY,
    report_id            UUID        NOT NULL UNIQUE,
    violation_kind       TEXT        NOT NULL,
    accused_employee_id  TEXT,
    accused_name         TEXT        NOT NULL,
    employment_type      TEXT        NOT NULL CHECK (employment_type IN ('PNS', 'PPPK', 'NON_ASN')),
    opd_code             TEXT        NOT NULL,
    accused_position     TEXT,
    election_id          TEXT        NOT NULL,
    incident_date        DATE        NOT NULL,
    verified_at          TIMESTAMPTZ NOT NULL,
    track                TEXT        NOT NULL
        CHECK (track IN ('ETHICS', 'DISCIPLINE', 'DISMISSAL', 'CONTRACT', 'MANUAL_REVIEW')),
    level                TEXT        CHECK (level IN ('RINGAN', 'SEDANG', 'BERAT')),
    -- sanction codes of the catalogue, lightest first; the recommended one is the first
    allowed_sanctions    JSONB       NOT NULL,
    recommended_sanction TEXT,
    legal_basis          JSONB       NOT NULL,
    explanation          JSONB       NOT NULL,
    sanctioning_body     TEXT        NOT NULL CHECK (sanctioning_body IN ('KASN', 'BKN')),
    ppk_due_date         DATE        NOT NULL,
    rule_version         TEXT        NOT NULL,
    recommended_at       TIMESTAMPTZ NOT NULL,
    CHECK ((track = 'DISCIPLINE') = (level IS NOT NULL)),
    CHECK ((track = 'MANUAL_REVIEW') = (recommended_sanction IS NULL))
);

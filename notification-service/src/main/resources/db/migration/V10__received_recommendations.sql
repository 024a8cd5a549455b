-- The recommendations as they arrived (the sanction.recommended event, which carries nothing about the reporter), so
-- that a notice that could not be addressed (its OPD missing from the directory, or dissolved) can be written again
-- for the office an admin names once the directory is put right.
CREATE TABLE received_recommendation (
    recommendation_id UUID PRIMARY KEY,
    report_id         UUID        NOT NULL,
    payload           TEXT        NOT NULL,
    received_at       TIMESTAMPTZ NOT NULL
);

-- The hand-off of a case beyond the city (issue 14 item 2). Bawaslu's forwarding of its study, from report-service's
-- id.netral.report.study-forwarded.v1: the day decides the body (KASN until 23 Aug 2024, BKN through SBT from
-- 24 Aug 2024). The body's result (KASN's recommendation, BKN's examination result) as a BKPPD officer records it
-- when its letter reaches the city: until then Netral's recommendation is a draft for the PPK; from then the PPK acts
-- on the body's result, Netral's stays beside it.
ALTER TABLE recommendation
    ADD COLUMN forwarded_on             DATE,
    ADD COLUMN forwarded_to             TEXT CHECK (forwarded_to IN ('KASN', 'BKN')),
    ADD COLUMN forwarding_letter_number TEXT,
    ADD COLUMN body_result_number       TEXT,
    ADD COLUMN body_result_date         DATE,
    ADD COLUMN body_sanction            TEXT,
    ADD COLUMN body_result_recorded_by  TEXT,
    ADD COLUMN body_result_recorded_at  TIMESTAMPTZ,
    ADD CONSTRAINT recommendation_forwarding_complete CHECK ((forwarded_on IS NULL) = (forwarded_to IS NULL)
        AND (forwarded_on IS NULL) = (forwarding_letter_number IS NULL)),
    ADD CONSTRAINT recommendation_body_result_complete CHECK ((body_result_number IS NULL) = (body_result_date IS NULL)
        AND (body_result_number IS NULL) = (body_sanction IS NULL)
        AND (body_result_number IS NULL) = (body_result_recorded_at IS NULL)),
    -- no body answers a case it has not seen
    ADD CONSTRAINT recommendation_body_result_after_forwarding CHECK (body_result_number IS NULL
        OR (forwarded_on IS NOT NULL AND body_result_date >= forwarded_on));

ALTER TABLE recommendation_history DROP CONSTRAINT recommendation_history_action_check;
ALTER TABLE recommendation_history ADD CONSTRAINT recommendation_history_action_check
    CHECK (action IN ('RECOMMENDED', 'REVISED', 'DECIDED', 'OVERDUE', 'FORWARDED', 'BODY_RESULT'));

-- The recommendation's life after it is made: the SKB row actually applied (the candidacy stage may switch an ethics
-- row to its discipline counterpart and back), the earlier proven cases of the same employee that raised it, its
-- status, the PPK's decision and the day it became overdue; and a history of every step.
ALTER TABLE recommendation
    ADD COLUMN applied_kind          TEXT,
    ADD COLUMN prior_recommendations JSONB       NOT NULL DEFAULT '[]',
    ADD COLUMN status                TEXT        NOT NULL DEFAULT 'OPEN'
        CHECK (status IN ('OPEN', 'MANUAL_REVIEW', 'DECIDED', 'OVERDUE')),
    ADD COLUMN revised_at            TIMESTAMPTZ,
    ADD COLUMN decree_number         TEXT,
    ADD COLUMN decree_date           DATE,
    ADD COLUMN imposed_sanction      TEXT,
    ADD COLUMN decided_by            TEXT,
    ADD COLUMN decided_at            TIMESTAMPTZ,
    ADD COLUMN overdue_at            TIMESTAMPTZ;

UPDATE recommendation SET applied_kind = violation_kind;
UPDATE recommendation SET status = 'MANUAL_REVIEW' WHERE track = 'MANUAL_REVIEW';
ALTER TABLE recommendation ALTER COLUMN applied_kind SET NOT NULL;
ALTER TABLE recommendation ADD CONSTRAINT recommendation_decided_has_decree CHECK ((status = 'DECIDED') =
    (decree_number IS NOT NULL AND decree_date IS NOT NULL AND imposed_sanction IS NOT NULL AND decided_at IS NOT NULL));
-- a case no rule decides waits for a BKPPD revision; the PPK cannot decide it and it is never overdue
ALTER TABLE recommendation ADD CONSTRAINT recommendation_manual_review_status
    CHECK ((status = 'MANUAL_REVIEW') = (track = 'MANUAL_REVIEW'));

-- earlier cases of one employee; the open ones by due date for the overdue check; the lists by OPD
CREATE INDEX recommendation_employee ON recommendation (accused_employee_id, recommended_at)
    WHERE accused_employee_id IS NOT NULL;
CREATE INDEX recommendation_open_due ON recommendation (ppk_due_date) WHERE status = 'OPEN';
CREATE INDEX recommendation_opd ON recommendation (opd_code, recommended_at);

-- Every step of a recommendation, never changed once written: made, revised (with the reason), decided, overdue.
CREATE TABLE recommendation_history (
    id                UUID PRIMARY KEY,
    recommendation_id UUID        NOT NULL REFERENCES recommendation (id),
    occurred_at       TIMESTAMPTZ NOT NULL,
    action            TEXT        NOT NULL CHECK (action IN ('RECOMMENDED', 'REVISED', 'DECIDED', 'OVERDUE')),
    actor             TEXT        NOT NULL,
    reason            TEXT,
    -- readable lines: what changed from what to what
    changes           JSONB       NOT NULL
);
CREATE INDEX recommendation_history_of ON recommendation_history (recommendation_id, occurred_at);

-- A step of the procedure past its day is chased by letter: its actor gets a reminder, then the PPK, the Sekda and
-- BKPPD an escalation. One row per notice and step with a deadline; a replica claims a due row with SKIP LOCKED and
-- moves its next_chase_at on in the transaction that writes the letter, so no letter is written twice.
CREATE TABLE step_deadline (
    id              UUID        PRIMARY KEY,
    notification_id UUID        NOT NULL REFERENCES notification (id),
    step            TEXT        NOT NULL CHECK (step IN ('SUMMONED', 'DECISION_DELIVERED')),
    due_date        DATE        NOT NULL,
    -- when the next letter is due; NULL once the step is recorded, the case decided, or both letters went
    next_chase_at   TIMESTAMPTZ,
    reminder_id     UUID        REFERENCES notification (id),
    escalated_at    TIMESTAMPTZ,
    UNIQUE (notification_id, step)
);
CREATE INDEX step_deadline_due ON step_deadline (next_chase_at) WHERE next_chase_at IS NOT NULL;

ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
ALTER TABLE notification ADD CONSTRAINT notification_kind_check
    CHECK (kind IN ('NOTICE', 'REMINDER', 'ESCALATION', 'REVISION', 'BODY_RESULT', 'STEP_REMINDER',
                    'STEP_ESCALATION'));
ALTER TABLE notification
    ADD COLUMN overdue_step TEXT CHECK (overdue_step IN ('SUMMONED', 'DECISION_DELIVERED')),
    ADD CONSTRAINT notification_overdue_step_shape
        CHECK ((kind IN ('STEP_REMINDER', 'STEP_ESCALATION')) = (overdue_step IS NOT NULL));
-- each recipient is chased once per case, step and kind of letter, whatever replica writes it
CREATE UNIQUE INDEX notification_step_chased_once ON notification (recommendation_id, recipient_role, kind,
                                                                    overdue_step)
    WHERE overdue_step IS NOT NULL;

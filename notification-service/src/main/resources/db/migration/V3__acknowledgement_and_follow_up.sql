-- The OPD head's answer to a notice: that it was received (acknowledgement) and what was done about it (follow-up).
ALTER TABLE notification
    ADD COLUMN acknowledged_at TIMESTAMPTZ,
    -- the token subject of the head who acknowledged, or 'signed-link' when acknowledged from the e-mail's link
    ADD COLUMN acknowledged_by TEXT,
    ADD CONSTRAINT notification_acknowledged_with_actor CHECK ((acknowledged_at IS NULL) = (acknowledged_by IS NULL));

-- Each step of PP 94/2021 follow-up at most once per notice; the note is the head's own words (no reporter data is
-- asked for, and the notice carries none the head could copy).
CREATE TABLE notification_follow_up (
    id              UUID PRIMARY KEY,
    notification_id UUID        NOT NULL REFERENCES notification (id),
    step            TEXT        NOT NULL CHECK (step IN ('SUMMONED_AND_EXAMINED', 'SANCTION_PROPOSED', 'DECREE_ISSUED')),
    note            TEXT CHECK (length(note) <= 2000),
    recorded_by     TEXT        NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL,
    CONSTRAINT follow_up_once_per_step UNIQUE (notification_id, step)
);
CREATE INDEX notification_follow_up_notice ON notification_follow_up (notification_id, recorded_at);

-- When BKPPD revises a recommendation, everyone who received its notice gets a notice of the revision (kind
-- REVISION), one per recipient and revision.
ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
ALTER TABLE notification ADD CONSTRAINT notification_kind_check
    CHECK (kind IN ('NOTICE', 'REMINDER', 'ESCALATION', 'REVISION'));
-- on a revision notice: when the revision was made, which tells revisions of one recommendation apart
ALTER TABLE notification ADD COLUMN revised_at TIMESTAMPTZ;
ALTER TABLE notification ADD CONSTRAINT notification_revision_shape CHECK ((kind = 'REVISION') = (revised_at IS NOT NULL));

DROP INDEX notification_once_per_recipient;
CREATE UNIQUE INDEX notification_once_per_recipient ON notification (recommendation_id, recipient_role, kind)
    WHERE kind IN ('NOTICE', 'ESCALATION');
CREATE UNIQUE INDEX notification_revision_once ON notification (recommendation_id, recipient_role, revised_at)
    WHERE kind = 'REVISION';

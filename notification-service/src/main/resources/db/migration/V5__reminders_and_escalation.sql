-- Chasing: a reminder to an OPD head who has not acknowledged, and an escalation to the PPK, the Sekda and BKPPD
-- when the PPK's due date passes (SanctionOverdue). Both are notices of their own, delivered like the first one.
ALTER TABLE notification
    ADD COLUMN kind             TEXT NOT NULL DEFAULT 'NOTICE' CHECK (kind IN ('NOTICE', 'REMINDER', 'ESCALATION')),
    -- a reminder names the notice it reminds of and which reminder it is
    ADD COLUMN reminder_of      UUID REFERENCES notification (id),
    ADD COLUMN reminder_number  INT,
    -- on a first notice to an OPD head: how many reminders went, and when the next is due (NULL: none any more)
    ADD COLUMN reminders_sent   INT  NOT NULL DEFAULT 0,
    ADD COLUMN next_reminder_at TIMESTAMPTZ,
    ADD CONSTRAINT notification_reminder_shape
        CHECK ((kind = 'REMINDER') = (reminder_of IS NOT NULL AND reminder_number IS NOT NULL));

ALTER TABLE notification DROP CONSTRAINT notification_once_per_recipient;
ALTER TABLE notification DROP CONSTRAINT notification_recipient_role_check;
ALTER TABLE notification ADD CONSTRAINT notification_recipient_role_check
    CHECK (recipient_role IN ('OPD_HEAD', 'PPK', 'BKPPD', 'INSPECTORATE', 'SEKDA'));
-- a second event about the same recommendation notifies nobody twice; replicas cannot both write a reminder
CREATE UNIQUE INDEX notification_once_per_recipient ON notification (recommendation_id, recipient_role, kind)
    WHERE kind <> 'REMINDER';
CREATE UNIQUE INDEX notification_reminder_once ON notification (reminder_of, reminder_number)
    WHERE kind = 'REMINDER';
CREATE INDEX notification_reminder_due ON notification (next_reminder_at) WHERE next_reminder_at IS NOT NULL;

-- The Sekda is a standing recipient too, but of escalations only: not in copy of every notice.
ALTER TABLE copy_recipient DROP CONSTRAINT copy_recipient_role_check;
ALTER TABLE copy_recipient
    ADD CONSTRAINT copy_recipient_role_check CHECK (role IN ('PPK', 'BKPPD', 'INSPECTORATE', 'SEKDA')),
    ADD COLUMN in_copy BOOLEAN NOT NULL DEFAULT true;
INSERT INTO copy_recipient (role, title, email, in_copy)
VALUES ('SEKDA', 'Sekretaris Daerah Kota Kupang', 'sekda@kupangkota.example', false);

-- KASN's or BKN's result reached the city: the PPK, BKPPD and the OPD head each get a letter saying so, once per
-- recommendation (the unique index refuses a second one, whatever replica reads the event again).
ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
ALTER TABLE notification ADD CONSTRAINT notification_kind_check
    CHECK (kind IN ('NOTICE', 'REMINDER', 'ESCALATION', 'REVISION', 'BODY_RESULT'));
DROP INDEX notification_once_per_recipient;
CREATE UNIQUE INDEX notification_once_per_recipient ON notification (recommendation_id, recipient_role, kind)
    WHERE kind IN ('NOTICE', 'ESCALATION', 'BODY_RESULT');

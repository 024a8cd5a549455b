-- Messages kept but not sent, on purpose, with the reason:
--   WITHHELD  its recipient's head is the accused, and the superior who takes their place receives the same message
--             of the case already (the accused never gets a message about their own case);
--   CANCELLED a reminder or escalation not yet delivered when the PPK's decision arrived.
ALTER TABLE notification DROP CONSTRAINT notification_status_check;
ALTER TABLE notification
    ADD CONSTRAINT notification_status_check
        CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED', 'UNDELIVERABLE', 'WITHHELD', 'CANCELLED')),
    ADD COLUMN not_sent_reason TEXT,
    ADD CONSTRAINT notification_not_sent_reason
        CHECK (status NOT IN ('WITHHELD', 'CANCELLED') OR not_sent_reason IS NOT NULL);

ALTER TABLE webhook_delivery DROP CONSTRAINT webhook_delivery_status_check;
ALTER TABLE webhook_delivery ADD CONSTRAINT webhook_delivery_status_check
    CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED', 'CANCELLED'));

-- Each message names the civil servant its case is about (NIP or NI PPPK), so that a reminder or an escalation written
-- days later is checked against the head in office then. Taken over for the messages written before, from the
-- recommendation as it arrived (kept since V10); NULL where that was not kept, and then no head can be matched.
ALTER TABLE notification ADD COLUMN accused_employee_id TEXT;
UPDATE notification n SET accused_employee_id = (r.payload::jsonb -> 'accused' ->> 'employeeId')
FROM received_recommendation r WHERE r.recommendation_id = n.recommendation_id;

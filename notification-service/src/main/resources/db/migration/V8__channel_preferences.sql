-- Per-recipient channel preferences: how an OPD's head wants notices, reminders and acknowledgement links.
-- NULL keeps the behaviour from before: e-mail, plus the webhook when the OPD has one.
ALTER TABLE opd
    ADD COLUMN channel_preference TEXT CHECK (channel_preference IN ('EMAIL', 'WEBHOOK', 'EMAIL_AND_WEBHOOK')),
    ADD CONSTRAINT opd_webhook_preference_with_webhook
        CHECK (channel_preference IS NULL OR channel_preference = 'EMAIL' OR webhook_url IS NOT NULL);

-- False for a notice that goes by webhook only: it has no e-mail address, and the e-mail worker never claims it
-- (no next attempt); its status follows its webhook delivery.
ALTER TABLE notification ADD COLUMN by_email BOOLEAN NOT NULL DEFAULT TRUE;

-- The V2 check that a PENDING notice has an address and a next attempt holds for e-mail only; it has no name of its
-- own, so it is found by what it says.
DO $$
DECLARE
    check_name TEXT;
BEGIN
    SELECT conname INTO STRICT check_name FROM pg_constraint
    WHERE conrelid = 'notification'::regclass AND contype = 'c'
      AND pg_get_constraintdef(oid) LIKE '%recipient_address IS NOT NULL%next_attempt_at IS NOT NULL%';
    EXECUTE format('ALTER TABLE notification DROP CONSTRAINT %I', check_name);
END
$$;

ALTER TABLE notification ADD CONSTRAINT notification_pending_email_is_addressed
    CHECK (status <> 'PENDING' OR NOT by_email OR (recipient_address IS NOT NULL AND next_attempt_at IS NOT NULL));

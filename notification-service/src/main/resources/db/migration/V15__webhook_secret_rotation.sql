-- Zero-downtime rotation of a webhook secret (Standard Webhooks): the secret an admin replaces keeps signing, as a
-- second v1 signature, until the moment stored here, so that the receiver may switch to the new one at any time in
-- that window. Like the current secret it is never shown by the API nor logged.
ALTER TABLE opd
    ADD COLUMN webhook_previous_secret       TEXT,
    ADD COLUMN webhook_previous_secret_until TIMESTAMPTZ,
    ADD CONSTRAINT opd_previous_secret_with_end
        CHECK ((webhook_previous_secret IS NULL) = (webhook_previous_secret_until IS NULL)),
    ADD CONSTRAINT opd_previous_secret_with_webhook CHECK (webhook_previous_secret IS NULL OR webhook_secret IS NOT NULL);

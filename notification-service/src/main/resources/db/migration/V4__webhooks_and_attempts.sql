-- Signed webhooks, the second channel: how partner systems and WhatsApp/SMS gateways reach an OPD head.
-- The secret signs every request to the endpoint (HMAC-SHA256); it is never shown by the API nor logged.
ALTER TABLE opd
    ADD COLUMN webhook_url    TEXT,
    ADD COLUMN webhook_secret TEXT,
    ADD CONSTRAINT opd_webhook_with_secret CHECK ((webhook_url IS NULL) = (webhook_secret IS NULL)),
    ADD CONSTRAINT opd_webhook_secret_strength CHECK (webhook_secret IS NULL OR length(webhook_secret) >= 32);

-- One webhook delivery per notice; its id is the Idempotency-Key the receiver sees on every attempt, so a retry
-- after a lost answer is recognisable as the same message, and once DELIVERED it is never sent again.
CREATE TABLE webhook_delivery (
    id              UUID PRIMARY KEY,
    notification_id UUID        NOT NULL REFERENCES notification (id),
    url             TEXT        NOT NULL,
    status          TEXT        NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts        INT         NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ,
    last_error      TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    delivered_at    TIMESTAMPTZ,
    CONSTRAINT webhook_once_per_notice UNIQUE (notification_id),
    CHECK (status <> 'PENDING' OR next_attempt_at IS NOT NULL)
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';

-- Every attempt on every channel with its result, for the people who ask why a head was not reached.
CREATE TABLE delivery_attempt (
    id              UUID PRIMARY KEY,
    notification_id UUID        NOT NULL REFERENCES notification (id),
    channel         TEXT        NOT NULL CHECK (channel IN ('EMAIL', 'WEBHOOK')),
    attempt         INT         NOT NULL,
    attempted_at    TIMESTAMPTZ NOT NULL,
    succeeded       BOOLEAN     NOT NULL,
    detail          TEXT
);
CREATE INDEX delivery_attempt_notice ON delivery_attempt (notification_id, attempted_at);

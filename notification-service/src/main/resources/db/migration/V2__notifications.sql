-- One notice per sanction recommendation to the head of the accused's OPD. The message is written when the
-- recommendation arrives and kept as sent, so what an OPD head was told can be shown later word for word.
-- Nothing here is about the reporter: the events this service consumes carry none.
CREATE TABLE notification (
    id                   UUID PRIMARY KEY,
    recommendation_id    UUID        NOT NULL,
    report_id            UUID        NOT NULL,
    recipient_role       TEXT        NOT NULL CHECK (recipient_role IN ('OPD_HEAD', 'PPK', 'BKPPD', 'INSPECTORATE')),
    opd_code             TEXT        NOT NULL,
    -- NULL when the OPD is not in the directory (status UNDELIVERABLE)
    recipient_address    TEXT,
    subject              TEXT        NOT NULL,
    body                 TEXT        NOT NULL,
    status               TEXT        NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED', 'UNDELIVERABLE')),
    attempts             INT         NOT NULL DEFAULT 0,
    -- when the delivery worker may (re)try; while a worker sends, it holds the row by moving this into the future
    next_attempt_at      TIMESTAMPTZ,
    last_error           TEXT,
    undeliverable_reason TEXT,
    created_at           TIMESTAMPTZ NOT NULL,
    delivered_at         TIMESTAMPTZ,
    -- the inbox already makes a redelivered event a no-op; this also stops a second event about the same
    -- recommendation from notifying the same recipient twice
    CONSTRAINT notification_once_per_recipient UNIQUE (recommendation_id, recipient_role),
    CHECK (status <> 'UNDELIVERABLE' OR undeliverable_reason IS NOT NULL),
    CHECK (status <> 'PENDING' OR (recipient_address IS NOT NULL AND next_attempt_at IS NOT NULL))
);
CREATE INDEX notification_due ON notification (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX notification_report ON notification (report_id, created_at);

-- The copies (tembusan) as addressed when the notice was written; a later directory change does not rewrite them.
CREATE TABLE notification_copy (
    notification_id UUID NOT NULL REFERENCES notification (id),
    position        INT  NOT NULL,
    role            TEXT NOT NULL,
    address         TEXT NOT NULL,
    PRIMARY KEY (notification_id, position)
);

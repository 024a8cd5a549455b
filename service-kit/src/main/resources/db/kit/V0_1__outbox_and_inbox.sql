-- Shared by every Netral service (service-kit). A state change and its event are written in one transaction;
-- the relay publishes unpublished rows in position order.
CREATE TABLE outbox_message (
    position     BIGSERIAL PRIMARY KEY,
    event_id     UUID        NOT NULL UNIQUE,
    event_type   TEXT        NOT NULL,
    topic        TEXT        NOT NULL,
    message_key  TEXT        NOT NULL,
    source       TEXT        NOT NULL,
    subject      TEXT,
    occurred_at  TIMESTAMPTZ NOT NULL,
    payload      TEXT        NOT NULL,
    published_at TIMESTAMPTZ
);
CREATE INDEX outbox_message_unpublished ON outbox_message (position) WHERE published_at IS NULL;

-- Event ids already acted on: a redelivered event finds its id here and changes nothing.
CREATE TABLE inbox_message (
    event_id    UUID        PRIMARY KEY,
    event_type  TEXT        NOT NULL,
    source      TEXT        NOT NULL,
    received_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- What the test application's event handler changes: one row each time it acts on an event.
CREATE TABLE kit_test_effect (
    id       BIGSERIAL PRIMARY KEY,
    event_id UUID NOT NULL
);

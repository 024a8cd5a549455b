-- Heads of OPDs change (the acting mayor changed on 24 Aug 2024; Kepala Dinas rotate): every appointment is kept with
-- the moment it takes effect. The opd row carries the head in office now, taken over from this history when an
-- appointment's time comes (at once, or by the directory's scheduled job for one dated in the future).
ALTER TABLE opd
    ADD COLUMN head_name  TEXT,
    ADD COLUMN head_phone TEXT;

CREATE TABLE opd_head (
    id          UUID PRIMARY KEY,
    opd_code    TEXT        NOT NULL REFERENCES opd (code),
    -- the person; NULL in the seed, where only the office's placeholder mailbox is known
    name        TEXT,
    title       TEXT        NOT NULL,
    email       TEXT        NOT NULL CHECK (email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'),
    phone       TEXT CHECK (phone ~ '^\+?[0-9 -]{6,20}$'),
    valid_from  TIMESTAMPTZ NOT NULL,
    recorded_by TEXT        NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT opd_head_one_per_moment UNIQUE (opd_code, valid_from)
);

INSERT INTO opd_head (id, opd_code, name, title, email, phone, valid_from, recorded_by, recorded_at)
SELECT md5('opd-head-seed-' || code)::uuid, code, NULL, head_title, head_email, NULL,
       TIMESTAMPTZ '2024-01-01 00:00:00+08', 'seed', now()
FROM opd;

-- Letters as naskah dinas: every notice, reminder, escalation and revision carries a letter number from a yearly
-- sequence, and names its case by a register number instead of an internal id.

-- One row per year and letter code: the last number given. A letter takes the next number with an upsert in the
-- transaction that stores it: the row lock makes two replicas wait for each other, and a letter rolled back gives its
-- number back, so the register has no gaps.
CREATE TABLE letter_sequence (
    year        INT  NOT NULL,
    code        TEXT NOT NULL,
    last_number INT  NOT NULL CHECK (last_number > 0),
    PRIMARY KEY (year, code)
);

-- The register number of a case in this service's letters, given when its first letter is written (report-service
-- has no register number of its own yet). Numbered per year.
CREATE TABLE case_register (
    report_id  UUID PRIMARY KEY,
    number     TEXT NOT NULL UNIQUE,
    registered_at TIMESTAMPTZ NOT NULL
);

-- The letter number of each notification; NULL for those written before letters were numbered.
ALTER TABLE notification ADD COLUMN letter_number TEXT UNIQUE;

-- Satuan Polisi Pamong Praja: its head (Kasat Pol PP Kota Kupang) attended Bawaslu Kota Kupang's neutrality
-- declaration for Pilkada 2024 (seed 003). The same source names the Kepala Dinas Kesehatan Kota Kupang, which
-- confirms the DINKES office of V1 (whose comment calls its name UNCONFIRMED). Placeholder address as in V1.
INSERT INTO opd (code, name, head_title, head_email)
VALUES ('SATPOLPP', 'Satuan Polisi Pamong Praja Kota Kupang', 'Kepala Satuan Polisi Pamong Praja Kota Kupang',
        'kepala.satpolpp@kupangkota.example')
ON CONFLICT (code) DO NOTHING;
INSERT INTO opd_head (id, opd_code, name, title, email, phone, valid_from, recorded_by, recorded_at)
SELECT md5('opd-head-seed-' || code)::uuid, code, NULL, head_title, head_email, NULL,
       TIMESTAMPTZ '2024-01-01 00:00:00+08', 'seed', now()
FROM opd WHERE code = 'SATPOLPP'
ON CONFLICT DO NOTHING;

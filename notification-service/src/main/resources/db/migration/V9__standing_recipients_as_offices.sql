-- Offices as the city changes them, and the standing recipients as offices of the directory.
--
-- 1. The standing recipients (the PPK, BKPPD, the Inspectorate, the Sekda) become roles that point at an office of the
--    directory. Their heads are then effective-dated like every other head (the acting mayor changed on 24 Aug 2024),
--    and they get webhooks and channel preferences the same way. The institutions' desk addresses of V1/V5 are
--    replaced by the offices' head addresses; both are placeholders under kupangkota.example.
INSERT INTO opd (code, name, head_title, head_email)
VALUES ('WALIKOTA', 'Wali Kota Kupang', 'Wali Kota Kupang selaku Pejabat Pembina Kepegawaian',
        'walikota@kupangkota.example');
INSERT INTO opd_head (id, opd_code, name, title, email, phone, valid_from, recorded_by, recorded_at)
SELECT md5('opd-head-seed-' || code)::uuid, code, NULL, head_title, head_email, NULL,
       TIMESTAMPTZ '2024-01-01 00:00:00+08', 'seed', now()
FROM opd WHERE code = 'WALIKOTA';

CREATE TABLE standing_recipient (
    role        TEXT PRIMARY KEY CHECK (role IN ('PPK', 'BKPPD', 'INSPECTORATE', 'SEKDA')),
    office_code TEXT    NOT NULL REFERENCES opd (code),
    -- in copy (tembusan) of every first notice; false for the Sekda, told of escalations only
    in_copy     BOOLEAN NOT NULL
);
INSERT INTO standing_recipient (role, office_code, in_copy)
SELECT role, CASE role WHEN 'PPK' THEN 'WALIKOTA' WHEN 'BKPPD' THEN 'BKPPD' WHEN 'INSPECTORATE' THEN 'INSPEKTORAT'
                       WHEN 'SEKDA' THEN 'SETDA' END, in_copy
FROM copy_recipient;
DROP TABLE copy_recipient;

-- 2. Every notice names the office whose head it is addressed to (for a copy or an escalation not the accused's
--    OPD), so its webhook secret and channels are that office's. NULL for a notice no office could be found for.
ALTER TABLE notification ADD COLUMN recipient_office TEXT REFERENCES opd (code);
UPDATE notification n SET recipient_office = CASE n.recipient_role
        WHEN 'OPD_HEAD' THEN (SELECT code FROM opd WHERE code = n.opd_code)
        ELSE (SELECT office_code FROM standing_recipient s WHERE s.role = n.recipient_role) END;

-- 3. Copies are notices of their own now, each delivered by its recipient's channels and tracked on its own, instead
--    of the Cc of the head's e-mail (which a webhook-only head did not get, and which showed every copy the head's
--    one-time acknowledgement link).
DROP TABLE notification_copy;

-- 4. Offices are renamed and dissolved when the city reorganises; a dissolved office stays for the notices and heads
--    it had, but receives nothing new.
ALTER TABLE opd
    ADD COLUMN dissolved_at TIMESTAMPTZ,
    -- the Kemendagri code of the kecamatan or kelurahan a Camat's or Lurah's office serves (Kepmendagri
    -- 300.2.2-2138/2025, research notes 4.4); NULL for the city's other offices
    ADD COLUMN region_code  TEXT CHECK (region_code ~ '^53\.71\.0[1-6](\.1[0-9]{3})?$');
CREATE UNIQUE INDEX opd_one_office_per_region ON opd (region_code) WHERE region_code IS NOT NULL AND dissolved_at IS NULL;

UPDATE opd SET region_code = r.code FROM (VALUES
    ('CAMAT-ALAK', '53.71.01'),
    ('CAMAT-MAULAFA', '53.71.02'),
    ('CAMAT-KELAPA-LIMA', '53.71.03'),
    ('CAMAT-OEBOBO', '53.71.04'),
    ('CAMAT-KOTA-RAJA', '53.71.05'),
    ('CAMAT-KOTA-LAMA', '53.71.06'),
    ('LURAH-NAMOSAIN', '53.71.01.1001'),
    ('LURAH-NUNBAUN-SABU', '53.71.01.1002'),
    ('LURAH-NUNBAUN-DELHA', '53.71.01.1003'),
    ('LURAH-NUNHILA', '53.71.01.1004'),
    ('LURAH-FATUFETO', '53.71.01.1005'),
    ('LURAH-MANUTAPEN', '53.71.01.1006'),
    ('LURAH-MANTASI', '53.71.01.1007'),
    ('LURAH-ALAK', '53.71.01.1008'),
    ('LURAH-BATU-PLAT', '53.71.01.1009'),
    ('LURAH-MANULAI-II', '53.71.01.1010'),
    ('LURAH-NAIONI', '53.71.01.1011'),
    ('LURAH-PENKASE-OELETA', '53.71.01.1012'),
    ('LURAH-OEPURA', '53.71.02.1001'),
    ('LURAH-MAULAFA', '53.71.02.1002'),
    ('LURAH-PENFUI', '53.71.02.1003'),
    ('LURAH-NAIMATA', '53.71.02.1004'),
    ('LURAH-BELLO', '53.71.02.1005'),
    ('LURAH-FATUKOA', '53.71.02.1006'),
    ('LURAH-KOLHUA', '53.71.02.1007'),
    ('LURAH-SIKUMANA', '53.71.02.1008'),
    ('LURAH-NAIKOLAN', '53.71.02.1009'),
    ('LURAH-KELAPA-LIMA', '53.71.03.1001'),
    ('LURAH-OESAPA', '53.71.03.1010'),
    ('LURAH-LASIANA', '53.71.03.1011'),
    ('LURAH-OESAPA-BARAT', '53.71.03.1014'),
    ('LURAH-OESAPA-SELATAN', '53.71.03.1015'),
    ('LURAH-OEBOBO', '53.71.04.1001'),
    ('LURAH-OETETE', '53.71.04.1008'),
    ('LURAH-OEBUFU', '53.71.04.1009'),
    ('LURAH-LILIBA', '53.71.04.1010'),
    ('LURAH-FATULULI', '53.71.04.1011'),
    ('LURAH-KAYU-PUTIH', '53.71.04.1013'),
    ('LURAH-TUAK-DAUN-MERAH', '53.71.04.1014'),
    ('LURAH-BAKUNASE', '53.71.05.1001'),
    ('LURAH-BAKUNASE-DUA', '53.71.05.1002'),
    ('LURAH-AIRNONA', '53.71.05.1003'),
    ('LURAH-NAIKOTEN-SATU', '53.71.05.1004'),
    ('LURAH-NAIKOTEN-DUA', '53.71.05.1005'),
    ('LURAH-KUANINO', '53.71.05.1006'),
    ('LURAH-NUNLEU', '53.71.05.1007'),
    ('LURAH-FONTEIN', '53.71.05.1008'),
    ('LURAH-AIRMATA', '53.71.06.1001'),
    ('LURAH-LAI-LAI-BISI-KOPAN', '53.71.06.1002'),
    ('LURAH-BONIPOI', '53.71.06.1003'),
    ('LURAH-SOLOR', '53.71.06.1004'),
    ('LURAH-TODE-KISAR', '53.71.06.1005'),
    ('LURAH-MERDEKA', '53.71.06.1006'),
    ('LURAH-OEBA', '53.71.06.1007'),
    ('LURAH-FATUBESI', '53.71.06.1008'),
    ('LURAH-PASIR-PANJANG', '53.71.06.1009'),
    ('LURAH-NEFONAEK', '53.71.06.1010')
) AS r (office, code) WHERE opd.code = r.office;

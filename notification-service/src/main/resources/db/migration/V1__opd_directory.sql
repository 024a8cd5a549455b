-- Who is told about a case: the head of the accused's OPD, with the PPK, BKPPD and the Inspectorate in copy.
--
-- The e-mail addresses below are PLACEHOLDERS under the reserved domain kupangkota.example: no real mailbox of
-- Pemerintah Kota Kupang was confirmed. Before the first real run the admin sets the real addresses (UPDATE ... SET
-- head_email / email), and keeps the list current when the city reorganises its offices.

CREATE TABLE opd (
    code       TEXT PRIMARY KEY CHECK (code ~ '^[A-Z0-9-]{2,40}$'),
    name       TEXT NOT NULL,
    -- the title the notice is addressed to ("Yth. Kepala Dinas ..."): the office, not the person, since heads rotate
    head_title TEXT NOT NULL,
    head_email TEXT NOT NULL CHECK (head_email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$')
);

-- OPDs of Pemerintah Kota Kupang as named in 2018-2025 news (research notes 4.5). A complete, current list (the Perda
-- on perangkat daerah) was not found, so this is a starting point the admin completes. The 51 kelurahan offices are
-- not listed: a Lurah answers to the Camat, who receives the notice.
INSERT INTO opd (code, name, head_title, head_email) VALUES
    ('SETDA', 'Sekretariat Daerah Kota Kupang', 'Sekretaris Daerah Kota Kupang', 'sekda@kupangkota.example'),
    ('INSPEKTORAT', 'Inspektorat Daerah Kota Kupang', 'Inspektur Daerah Kota Kupang',
     'kepala.inspektorat@kupangkota.example'),
    ('BKPPD', 'Badan Kepegawaian, Pendidikan dan Pelatihan Daerah Kota Kupang',
     'Kepala Badan Kepegawaian, Pendidikan dan Pelatihan Daerah Kota Kupang', 'kepala.bkppd@kupangkota.example'),
    ('KESBANGPOL', 'Badan Kesatuan Bangsa dan Politik Kota Kupang',
     'Kepala Badan Kesatuan Bangsa dan Politik Kota Kupang', 'kepala.kesbangpol@kupangkota.example'),
    ('DISHUB', 'Dinas Perhubungan Kota Kupang', 'Kepala Dinas Perhubungan Kota Kupang',
     'kepala.dishub@kupangkota.example'),
    ('DISTAN', 'Dinas Pertanian Kota Kupang', 'Kepala Dinas Pertanian Kota Kupang', 'kepala.distan@kupangkota.example'),
    ('DISARPUS', 'Dinas Kearsipan dan Perpustakaan Daerah Kota Kupang',
     'Kepala Dinas Kearsipan dan Perpustakaan Daerah Kota Kupang', 'kepala.disarpus@kupangkota.example'),
    ('DISDUKCAPIL', 'Dinas Kependudukan dan Pencatatan Sipil Kota Kupang',
     'Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Kupang', 'kepala.disdukcapil@kupangkota.example'),
    ('DPUPR', 'Dinas Pekerjaan Umum dan Penataan Ruang Kota Kupang',
     'Kepala Dinas Pekerjaan Umum dan Penataan Ruang Kota Kupang', 'kepala.dpupr@kupangkota.example'),
    ('DLHK', 'Dinas Lingkungan Hidup dan Kebersihan Kota Kupang',
     'Kepala Dinas Lingkungan Hidup dan Kebersihan Kota Kupang', 'kepala.dlhk@kupangkota.example'),
    ('BKAD', 'Badan Keuangan dan Aset Daerah Kota Kupang', 'Kepala Badan Keuangan dan Aset Daerah Kota Kupang',
     'kepala.bkad@kupangkota.example'),
    ('DISPERKIM', 'Dinas Perumahan Rakyat dan Kawasan Permukiman Kota Kupang',
     'Kepala Dinas Perumahan Rakyat dan Kawasan Permukiman Kota Kupang', 'kepala.disperkim@kupangkota.example'),
    ('DINSOS', 'Dinas Sosial Kota Kupang', 'Kepala Dinas Sosial Kota Kupang', 'kepala.dinsos@kupangkota.example'),
    ('DP3A', 'Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Kupang',
     'Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Kupang', 'kepala.dp3a@kupangkota.example'),
    ('DPMPTSP', 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Kupang',
     'Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Kupang', 'kepala.dpmptsp@kupangkota.example'),
    -- Dinas Kesehatan is named in a 2009 budget article only; its current name is UNCONFIRMED.
    ('DINKES', 'Dinas Kesehatan Kota Kupang', 'Kepala Dinas Kesehatan Kota Kupang',
     'kepala.dinkes@kupangkota.example'),
    -- The education office was "Dinas Pendidikan, Pemuda dan Olahraga" (Dinas PPO); its current name is UNCONFIRMED.
    ('DISDIK', 'Dinas Pendidikan Kota Kupang', 'Kepala Dinas Pendidikan Kota Kupang',
     'kepala.disdik@kupangkota.example'),
    ('CAMAT-ALAK', 'Kecamatan Alak', 'Camat Alak', 'camat.alak@kupangkota.example'),
    ('CAMAT-MAULAFA', 'Kecamatan Maulafa', 'Camat Maulafa', 'camat.maulafa@kupangkota.example'),
    ('CAMAT-KELAPA-LIMA', 'Kecamatan Kelapa Lima', 'Camat Kelapa Lima', 'camat.kelapalima@kupangkota.example'),
    ('CAMAT-OEBOBO', 'Kecamatan Oebobo', 'Camat Oebobo', 'camat.oebobo@kupangkota.example'),
    ('CAMAT-KOTA-RAJA', 'Kecamatan Kota Raja', 'Camat Kota Raja', 'camat.kotaraja@kupangkota.example'),
    ('CAMAT-KOTA-LAMA', 'Kecamatan Kota Lama', 'Camat Kota Lama', 'camat.kotalama@kupangkota.example');

-- Receive every notice in copy (tembusan), whatever the OPD: the PPK who imposes the sanction, the personnel agency
-- that prepares the decision, and the internal auditor on the city's neutrality task force (research notes 1).
-- Placeholder addresses as above; these are the institutions' desks, not necessarily their heads' own mailboxes.
CREATE TABLE copy_recipient (
    role  TEXT PRIMARY KEY CHECK (role IN ('PPK', 'BKPPD', 'INSPECTORATE')),
    title TEXT NOT NULL,
    email TEXT NOT NULL CHECK (email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$')
);

INSERT INTO copy_recipient (role, title, email) VALUES
    ('PPK', 'Wali Kota Kupang selaku Pejabat Pembina Kepegawaian', 'walikota@kupangkota.example'),
    ('BKPPD', 'Kepala Badan Kepegawaian, Pendidikan dan Pelatihan Daerah Kota Kupang', 'bkppd@kupangkota.example'),
    ('INSPECTORATE', 'Inspektur Daerah Kota Kupang', 'inspektorat@kupangkota.example');

package id.netral.events.words;

/**
 * What the codes in Netral's events and APIs mean, in Bahasa Indonesia: the one table the case timeline, the letters,
 * the console and any consuming agency's screens read, so a code never reaches a person and means the same wherever
 * it shows. Lower case, as they read inside a sentence; {@link Vocabulary#capitalised} for a label. A test holds that
 * every code the event schemas allow has words here.
 */
public final class CodeWords {
    /** Where a case stands (the report API's {@code status}), in the order of a case's life. */
    public static final Vocabulary CASE_STATUS = Vocabulary.of("lainnya",
            "SUBMITTED", "diterima, belum disaring",
            "NOT_REGISTERED", "tidak diregistrasi",
            "DUPLICATE", "digabungkan dengan laporan lain",
            "REGISTERED", "diregistrasi, menunggu verifikasi",
            "NEEDS_INFO", "menunggu keterangan pelapor",
            "NOT_PROVEN", "tidak terbukti",
            "VERIFIED", "terverifikasi",
            "RECOMMENDED", "rekomendasi sanksi disusun",
            "NOTIFIED", "pimpinan OPD telah diberi tahu",
            "ACKNOWLEDGED", "pemberitahuan diterima pimpinan OPD",
            "IN_FOLLOW_UP", "ditindaklanjuti pimpinan OPD",
            "SANCTION_DECIDED", "diputuskan PPK");

    /** What the PPK's decree decided (sanction-not-imposed's {@code outcome}). */
    public static final Vocabulary DECISION_OUTCOME = Vocabulary.of("keputusan lain",
            "SANCTIONED", "sanksi dijatuhkan",
            "NOT_PROVEN", "tidak terbukti",
            "CANCELLED", "dibatalkan");

    /** How a verified case is handled (sanction-recommended's {@code track}). */
    public static final Vocabulary TRACK = Vocabulary.of("rekomendasi sanksi",
            "ETHICS", "pelanggaran kode etik",
            "DISCIPLINE", "hukuman disiplin",
            "DISMISSAL", "pemberhentian",
            "CONTRACT", "tindakan atas kontrak kerja",
            "MANUAL_REVIEW", "perlu kajian BKPPD");

    /** The SKB 2022 level of a row; "tidak berlaku" where a track has no level. */
    public static final Vocabulary LEVEL = Vocabulary.of("tidak berlaku",
            "RINGAN", "ringan",
            "SEDANG", "sedang",
            "BERAT", "berat");

    /** Who a notice goes to (notification events' {@code recipientRole}). */
    public static final Vocabulary RECIPIENT = Vocabulary.of("penerima",
            "OPD_HEAD", "Kepala OPD",
            "PPK", "PPK (Wali Kota)",
            "BKPPD", "BKPPD",
            "INSPECTORATE", "Inspektorat",
            "SEKDA", "Sekretaris Daerah");

    /**
     * How something travels: a notice (notification events' {@code channel}) or Bawaslu's study to the examining body
     * (study-forwarded's {@code channel}).
     */
    public static final Vocabulary CHANNEL = Vocabulary.of("saluran lain",
            "EMAIL", "surel",
            "WEBHOOK", "sistem kantor (webhook)",
            "LETTER", "surat",
            "SBT", "aplikasi SBT BKN (Sistem Berbagi Terintegrasi)");

    /** What kind of letter a notice is. */
    public static final Vocabulary NOTICE_KIND = Vocabulary.of("surat",
            "NOTICE", "pemberitahuan",
            "REMINDER", "pengingat",
            "ESCALATION", "eskalasi (lewat batas waktu)",
            "REVISION", "perubahan rekomendasi",
            "BODY_RESULT", "hasil pemeriksaan KASN atau BKN",
            "STEP_REMINDER", "pengingat langkah tindak lanjut yang lewat batas waktu",
            "STEP_ESCALATION", "eskalasi langkah tindak lanjut yang lewat batas waktu");

    /** Why a notice did not reach its recipient (notification-failed's {@code category}). */
    public static final Vocabulary DELIVERY_FAILURE = Vocabulary.of("pengiriman gagal",
            "MAIL_SERVER_UNREACHABLE", "server surat elektronik tidak dapat dihubungi",
            "MAILBOX_REFUSED", "server surat elektronik menolak surat untuk alamat penerima",
            "WEBHOOK_REFUSED", "alamat webhook kantor menolak pemberitahuan",
            "WEBHOOK_UNREACHABLE", "alamat webhook kantor tidak dapat dihubungi",
            "WEBHOOK_TIMEOUT", "alamat webhook kantor tidak menjawab tepat waktu",
            "WEBHOOK_ADDRESS_NOT_ALLOWED", "alamat webhook kantor tidak diizinkan oleh kebijakan keamanan Netral",
            "OFFICE_NOT_IN_DIRECTORY", "kantor penerima tidak ada di direktori perangkat daerah",
            "OFFICE_DISSOLVED", "kantor penerima telah dibubarkan",
            "OTHER", "pengiriman gagal karena sebab lain");

    /**
     * The steps of the procedure at the city (follow-up-recorded's {@code step}), in the order they are taken; the
     * last two were recorded before the procedure was followed step by step and are shown, no longer offered.
     */
    public static final Vocabulary FOLLOW_UP_STEP = Vocabulary.of("langkah tindak lanjut",
            "SUMMONED", "pegawai dipanggil secara tertulis",
            "EXAMINATION_TEAM_FORMED", "tim pemeriksa dibentuk",
            "EXAMINED", "pegawai diperiksa (berita acara pemeriksaan)",
            "ETHICS_COUNCIL_FORMED", "Majelis Kode Etik dibentuk",
            "ETHICS_COUNCIL_CONCLUDED", "Majelis Kode Etik memutus",
            "SANCTION_PROPOSED", "sanksi diusulkan",
            "DECISION_DELIVERED", "keputusan disampaikan kepada pegawai",
            "OBJECTION_FILED", "pegawai mengajukan upaya administratif",
            "RECORD_BLOCKED", "BKN memblokir data kepegawaian pegawai",
            "SUMMONED_AND_EXAMINED", "pegawai dipanggil dan diperiksa",
            "DECREE_ISSUED", "keputusan sanksi ditetapkan");

    /** Who takes a step of the procedure (follow-up-recorded's {@code actor}). */
    public static final Vocabulary PROCEDURE_ACTOR = Vocabulary.of("pihak lain",
            "DIRECT_SUPERIOR", "atasan langsung",
            "PPK", "PPK",
            "EXAMINATION_TEAM", "tim pemeriksa",
            "ETHICS_COUNCIL", "Majelis Kode Etik",
            "CIVIL_SERVANT", "pegawai yang bersangkutan",
            "BKN", "BKN");

    /** The civil servant's upaya administratif (follow-up-recorded's {@code appealKind}). */
    public static final Vocabulary APPEAL_KIND = Vocabulary.of("upaya administratif",
            "KEBERATAN", "keberatan",
            "BANDING_ADMINISTRATIF", "banding administratif");

    /** Who receives Bawaslu's study for a PNS or PPPK. */
    public static final Vocabulary SANCTIONING_BODY = Vocabulary.of("tidak berlaku",
            "KASN", "Komisi Aparatur Sipil Negara (KASN)",
            "BKN", "Badan Kepegawaian Negara (BKN)");

    public static final Vocabulary EMPLOYMENT = Vocabulary.of("pegawai",
            "PNS", "Pegawai Negeri Sipil (PNS)",
            "PPPK", "Pegawai Pemerintah dengan Perjanjian Kerja (PPPK)",
            "NON_ASN", "pegawai non-ASN (PTT/honorer)");

    /**
     * Sanctions in words where an event carries no text for a code: PP 94/2021 Pasal 8 (research notes 2.3), the
     * moral sanctions of PP 42/2004 Pasal 15(3), and sanction-service's own codes.
     */
    public static final Vocabulary SANCTION = Vocabulary.of(
            "sanksi lain menurut katalog Netral (lihat rincian di aplikasi Netral)",
            "R1", "teguran lisan",
            "R2", "teguran tertulis",
            "R3", "pernyataan tidak puas secara tertulis",
            "S1", "pemotongan tunjangan kinerja sebesar 25% selama 6 bulan",
            "S2", "pemotongan tunjangan kinerja sebesar 25% selama 9 bulan",
            "S3", "pemotongan tunjangan kinerja sebesar 25% selama 12 bulan",
            "B1", "penurunan jabatan setingkat lebih rendah selama 12 bulan",
            "B2", "pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 bulan",
            "B3", "pemberhentian dengan hormat tidak atas permintaan sendiri",
            "MORAL_CLOSED", "sanksi moral berupa pernyataan secara tertutup",
            "MORAL_OPEN", "sanksi moral berupa pernyataan secara terbuka",
            "NEXT_SANCTION", "hukuman satu tingkat lebih berat dari hukuman yang pernah dijatuhkan",
            "PTDH", "pemberhentian tidak dengan hormat");

    private CodeWords() {
    }
}

package id.netral.console.words;

import io.quarkus.qute.TemplateExtension;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * What people read instead of the APIs' codes: statuses, tracks, levels and steps in Bahasa Indonesia, dates in the
 * long Indonesian form in Kupang time (WITA). Templates call them as {@code {kata:status(item.status)}}.
 */
@TemplateExtension(namespace = "kata")
public final class Words {
    /** Kota Kupang keeps Central Indonesian Time. */
    public static final ZoneId KUPANG = ZoneId.of("Asia/Makassar");
    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm", INDONESIAN);

    /** In the order of a case's life, which is the order the work list's filter offers them in. */
    private static final Map<String, String> CASE_STATUS = new java.util.LinkedHashMap<>();

    static {
        CASE_STATUS.put("SUBMITTED", "Diterima");
        CASE_STATUS.put("REGISTERED", "Menunggu verifikasi");
        CASE_STATUS.put("NEEDS_INFO", "Menunggu keterangan pelapor");
        CASE_STATUS.put("NOT_REGISTERED", "Tidak diregistrasi");
        CASE_STATUS.put("DUPLICATE", "Laporan ganda");
        CASE_STATUS.put("NOT_PROVEN", "Tidak terbukti");
        CASE_STATUS.put("VERIFIED", "Terbukti");
        CASE_STATUS.put("RECOMMENDED", "Rekomendasi sanksi dibuat");
        CASE_STATUS.put("NOTIFIED", "Kepala OPD diberi tahu");
        CASE_STATUS.put("ACKNOWLEDGED", "Diterima Kepala OPD");
        CASE_STATUS.put("IN_FOLLOW_UP", "Sedang ditindaklanjuti");
        CASE_STATUS.put("SANCTION_DECIDED", "Sanksi diputuskan");
    }

    private static final Map<String, String> RECOMMENDATION_STATUS = Map.of(
            "OPEN", "Menunggu keputusan PPK",
            "MANUAL_REVIEW", "Perlu kajian BKPPD",
            "DECIDED", "Sudah diputuskan",
            "OVERDUE", "Lewat batas waktu PPK");

    private static final Map<String, String> TRACK = Map.of(
            "ETHICS", "Pelanggaran kode etik",
            "DISCIPLINE", "Pelanggaran disiplin",
            "DISMISSAL", "Pemberhentian",
            "CONTRACT", "Tindakan atas kontrak kerja",
            "MANUAL_REVIEW", "Perlu kajian manual");

    private static final Map<String, String> LEVEL = Map.of(
            "RINGAN", "ringan", "SEDANG", "sedang", "BERAT", "berat");

    private static final Map<String, String> NOTICE_KIND = Map.of(
            "NOTICE", "Pemberitahuan",
            "REMINDER", "Pengingat",
            "ESCALATION", "Eskalasi (lewat batas waktu)",
            "REVISION", "Perubahan rekomendasi");

    /** Steps recorded before the procedure was followed step by step: shown, no longer offered. */
    private static final Map<String, String> RECORDED_BEFORE = Map.of(
            "SUMMONED_AND_EXAMINED", "Pegawai dipanggil dan diperiksa",
            "DECREE_ISSUED", "Keputusan sanksi ditetapkan");

    /** In the order the procedure takes them. */
    private static final Map<String, String> FOLLOW_UP_STEP = new java.util.LinkedHashMap<>();

    static {
        FOLLOW_UP_STEP.put("SUMMONED", "Pegawai dipanggil secara tertulis");
        FOLLOW_UP_STEP.put("EXAMINATION_TEAM_FORMED", "Tim pemeriksa dibentuk");
        FOLLOW_UP_STEP.put("EXAMINED", "Pegawai diperiksa (berita acara pemeriksaan)");
        FOLLOW_UP_STEP.put("ETHICS_COUNCIL_FORMED", "Majelis Kode Etik dibentuk");
        FOLLOW_UP_STEP.put("ETHICS_COUNCIL_CONCLUDED", "Majelis Kode Etik memutus");
        FOLLOW_UP_STEP.put("SANCTION_PROPOSED", "Sanksi diusulkan");
        FOLLOW_UP_STEP.put("DECISION_DELIVERED", "Keputusan disampaikan kepada pegawai");
        FOLLOW_UP_STEP.put("OBJECTION_FILED", "Pegawai mengajukan keberatan atau banding administratif");
        FOLLOW_UP_STEP.put("RECORD_BLOCKED", "BKN memblokir data kepegawaian pegawai");
    }

    private static final Map<String, String> HISTORY_ACTION = Map.of(
            "RECOMMENDED", "Rekomendasi dibuat",
            "REVISED", "Rekomendasi diubah BKPPD",
            "DECIDED", "Keputusan PPK dicatat",
            "OVERDUE", "Lewat batas waktu PPK");

    private static final Map<String, String> EMPLOYMENT = Map.of(
            "PNS", "Pegawai Negeri Sipil", "PPPK", "PPPK", "NON_ASN", "Pegawai non-ASN");

    private static final Map<String, String> BODY = Map.of(
            "KASN", "Komisi Aparatur Sipil Negara (KASN)", "BKN", "Badan Kepegawaian Negara (BKN)");

    /** Kota Kupang's six kecamatan by their Kemendagri code (report-service's regions/kota-kupang.csv). */
    private static final Map<String, String> KECAMATAN = new java.util.LinkedHashMap<>();

    static {
        KECAMATAN.put("53.71.01", "Alak");
        KECAMATAN.put("53.71.02", "Maulafa");
        KECAMATAN.put("53.71.03", "Kelapa Lima");
        KECAMATAN.put("53.71.04", "Oebobo");
        KECAMATAN.put("53.71.05", "Kota Raja");
        KECAMATAN.put("53.71.06", "Kota Lama");
    }

    private Words() {
    }

    public static String status(String code) {
        return words(CASE_STATUS, code);
    }

    public static String recommendationStatus(String code) {
        return words(RECOMMENDATION_STATUS, code);
    }

    public static String track(String code) {
        return words(TRACK, code);
    }

    public static String level(String code) {
        return code == null ? "" : "tingkat " + words(LEVEL, code);
    }

    public static String noticeKind(String code) {
        return words(NOTICE_KIND, code);
    }

    public static String followUpStep(String code) {
        return words(FOLLOW_UP_STEP.containsKey(code) ? FOLLOW_UP_STEP : RECORDED_BEFORE, code);
    }

    public static String historyAction(String code) {
        return words(HISTORY_ACTION, code);
    }

    public static Map<String, String> followUpSteps() {
        return FOLLOW_UP_STEP;
    }

    public static String employment(String code) {
        return words(EMPLOYMENT, code);
    }

    public static String body(String code) {
        return words(BODY, code);
    }

    /** 14 Februari 2024 */
    public static String date(LocalDate day) {
        return day == null ? "" : LONG_DATE.format(day);
    }

    /** 14 Februari 2024 pukul 09.30 WITA */
    public static String moment(Instant instant) {
        if (instant == null) {
            return "";
        }
        var local = instant.atZone(KUPANG);
        return LONG_DATE.format(local) + " pukul " + TIME.format(local) + " WITA";
    }

    /** A code the console has no words for is shown as a neutral phrase, never as the code itself. */
    private static String words(Map<String, String> words, String code) {
        if (code == null) {
            return "";
        }
        return words.getOrDefault(code, "lainnya");
    }

    /** The kecamatan of a kecamatan or kelurahan code. */
    public static String kecamatan(String code) {
        if (code == null || code.length() < 8) {
            return "";
        }
        return KECAMATAN.getOrDefault(code.substring(0, 8), "di luar Kota Kupang");
    }

    public static Map<String, String> kecamatanList() {
        return KECAMATAN;
    }

    /** The status codes the work list filters on, in the order of a case's life. */
    public static Map<String, String> caseStatuses() {
        return CASE_STATUS;
    }
}

package id.netral.console.words;

import id.netral.events.words.CodeWords;
import id.netral.events.words.IndonesianDates;
import id.netral.events.words.Vocabulary;
import io.quarkus.qute.TemplateExtension;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What people read instead of the APIs' codes: the words of event-contracts' {@link CodeWords} (statuses, tracks,
 * levels, steps) as labels, the console's own for the recommendation API's statuses and history, dates in the long
 * Indonesian form in Kupang time (WITA). Templates call them as {@code {kata:status(item.status)}}.
 */
@TemplateExtension(namespace = "kata")
public final class Words {
    /** Kota Kupang keeps Central Indonesian Time. */
    public static final ZoneId KUPANG = ZoneId.of("Asia/Makassar");
    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm", INDONESIAN);

    private static final Map<String, String> RECOMMENDATION_STATUS = Map.of(
            "OPEN", "Menunggu keputusan PPK",
            "MANUAL_REVIEW", "Perlu kajian BKPPD",
            "DECIDED", "Sudah diputuskan",
            "OVERDUE", "Lewat batas waktu PPK");

    private static final Map<String, String> HISTORY_ACTION = Map.of(
            "RECOMMENDED", "Rekomendasi dibuat",
            "REVISED", "Rekomendasi diubah BKPPD",
            "DECIDED", "Keputusan PPK dicatat",
            "OVERDUE", "Lewat batas waktu PPK");

    /** Kota Kupang's six kecamatan by their Kemendagri code (report-service's regions/kota-kupang.csv). */
    private static final Map<String, String> KECAMATAN = new LinkedHashMap<>();

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
        return CodeWords.CASE_STATUS.capitalised(code);
    }

    public static String recommendationStatus(String code) {
        return words(RECOMMENDATION_STATUS, code);
    }

    public static String track(String code) {
        return CodeWords.TRACK.capitalised(code);
    }

    public static String level(String code) {
        return code == null ? "" : "tingkat " + CodeWords.LEVEL.of(code);
    }

    public static String noticeKind(String code) {
        return CodeWords.NOTICE_KIND.capitalised(code);
    }

    public static String followUpStep(String code) {
        return CodeWords.FOLLOW_UP_STEP.capitalised(code);
    }

    public static String historyAction(String code) {
        return words(HISTORY_ACTION, code);
    }

    public static Map<String, String> followUpSteps() {
        return capitalised(CodeWords.FOLLOW_UP_STEP);
    }

    public static String employment(String code) {
        return CodeWords.EMPLOYMENT.capitalised(code);
    }

    public static String body(String code) {
        return CodeWords.SANCTIONING_BODY.of(code);
    }

    /** 14 Februari 2024 */
    public static String date(LocalDate day) {
        return day == null ? "" : IndonesianDates.longForm(day);
    }

    /** 14 Februari 2024 pukul 09.30 WITA */
    public static String moment(Instant instant) {
        if (instant == null) {
            return "";
        }
        var local = instant.atZone(KUPANG);
        return IndonesianDates.longForm(local.toLocalDate()) + " pukul " + TIME.format(local) + " WITA";
    }

    /** A code the console has no words for is shown as a neutral phrase, never as the code itself. */
    private static String words(Map<String, String> words, String code) {
        if (code == null) {
            return "";
        }
        return words.getOrDefault(code, "lainnya");
    }

    /** Every code of a vocabulary with its words as a label, in order: what a form's options show. */
    private static Map<String, String> capitalised(Vocabulary vocabulary) {
        Map<String, String> labels = new LinkedHashMap<>();
        vocabulary.all().keySet().forEach(code -> labels.put(code, vocabulary.capitalised(code)));
        return labels;
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
        return capitalised(CodeWords.CASE_STATUS);
    }
}

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
import java.util.Set;

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

    /** Steps recorded before the procedure was followed step by step: shown, no longer offered. */
    private static final Set<String> RECORDED_BEFORE_THE_PROCEDURE = Set.of("SUMMONED_AND_EXAMINED", "DECREE_ISSUED");

    private static final Map<String, String> HISTORY_ACTION = Map.of(
            "RECOMMENDED", "Rekomendasi dibuat",
            "REVISED", "Rekomendasi diubah BKPPD",
            "DECIDED", "Keputusan PPK dicatat",
            "OVERDUE", "Lewat batas waktu PPK",
            "FORWARDED", "Kajian Bawaslu diteruskan kepada KASN atau BKN",
            "BODY_RESULT", "Hasil KASN atau BKN dicatat BKPPD");

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

    /** The steps an OPD head may record now: those recorded before the procedure was followed step by step are not. */
    public static Map<String, String> followUpSteps() {
        Map<String, String> steps = capitalised(CodeWords.FOLLOW_UP_STEP);
        steps.keySet().removeAll(RECORDED_BEFORE_THE_PROCEDURE);
        return steps;
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

    private static final java.util.regex.Pattern ISO_DATE =
            java.util.regex.Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

    /**
     * A service's sentence with its ISO dates (2024-10-02) in the long form (2 Oktober 2024), as screening writes
     * its reasons.
     */
    public static String sentence(String text) {
        if (text == null) {
            return "";
        }
        java.util.regex.Matcher found = ISO_DATE.matcher(text);
        StringBuilder words = new StringBuilder();
        while (found.find()) {
            String day;
            try {
                day = date(LocalDate.of(Integer.parseInt(found.group(1)), Integer.parseInt(found.group(2)),
                        Integer.parseInt(found.group(3))));
            } catch (java.time.DateTimeException notADay) {
                day = found.group();
            }
            found.appendReplacement(words, java.util.regex.Matcher.quoteReplacement(day));
        }
        found.appendTail(words);
        return words.toString();
    }

    private static final Map<String, String> RELATION = Map.of(
            "DUPLICATE_OF", "Laporan ini digabungkan ke laporan tersebut",
            "LINKED", "Digabungkan ke laporan ini (perbuatan yang sama)",
            "SAME_ACCUSED", "Terlapor yang sama, tanggal atau jenis lain: mungkin perbuatan yang sama");

    /** How another report relates to the case (report-service's duplicates). */
    public static String relation(String code) {
        return words(RELATION, code);
    }

    private static final Map<String, String> FILE_KIND = Map.of(
            "image/jpeg", "Gambar JPEG", "image/png", "Gambar PNG", "image/webp", "Gambar WebP",
            "video/mp4", "Video MP4", "application/pdf", "Dokumen PDF");

    /** An evidence file's type in words. */
    public static String fileKind(String mediaType) {
        return mediaType == null ? "" : FILE_KIND.getOrDefault(mediaType, "Berkas");
    }

    /** 1,2 MB; 340 KB; 512 bita */
    public static String fileSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " bita";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(INDONESIAN, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}

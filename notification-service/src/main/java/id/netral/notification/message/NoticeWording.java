package id.netral.notification.message;

import id.netral.events.EmploymentType;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * What the codes of a recommendation mean, in the words of an Indonesian official letter. A code this service does
 * not know (sanction-service may add some) is printed as it came rather than dropped.
 */
final class NoticeWording {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy",
            Locale.forLanguageTag("id-ID"));

    private static final Map<String, String> TRACKS = Map.of(
            "ETHICS", "kode etik (sanksi moral, PP 42/2004)",
            "DISCIPLINE", "disiplin (PP 94/2021 bagi PNS, PP 49/2018 bagi PPPK)",
            "DISMISSAL", "pemberhentian",
            "CONTRACT", "tindakan sesuai perjanjian kerja pegawai non-ASN",
            "MANUAL_REVIEW", "dikaji kasus per kasus");

    private static final Map<String, String> LEVELS = Map.of(
            "RINGAN", "ringan",
            "SEDANG", "sedang",
            "BERAT", "berat");

    private static final Map<String, String> BODIES = Map.of(
            "KASN", "Komisi Aparatur Sipil Negara (KASN)",
            "BKN", "Badan Kepegawaian Negara (BKN)");

    private NoticeWording() {
    }

    static String track(String track) {
        return TRACKS.getOrDefault(track, track);
    }

    static String level(String level) {
        return level == null ? "tidak ditetapkan" : LEVELS.getOrDefault(level, level);
    }

    static String sanctioningBody(String body) {
        return BODIES.getOrDefault(body, body);
    }

    /** The SKB 2022 row with the act as the catalogue words it, e.g. "D2: Sosialisasi atau kampanye ...". */
    static String violation(String kind, String act) {
        return act == null ? kind : kind + ": " + act;
    }

    /**
     * A sanction code with its text from the event (sanction-service's catalogue), e.g. "B2: pembebasan dari
     * jabatannya ..."; a code without text is printed as it came.
     */
    static String sanction(String sanction, Map<String, String> texts) {
        return sanction == null ? "belum ditentukan; PPK memilih dari sanksi yang dapat dijatuhkan"
                : withMeaning(sanction, texts == null ? Map.of() : texts);
    }

    static String employment(EmploymentType type) {
        return switch (type) {
            case PNS -> "Pegawai Negeri Sipil (PNS)";
            case PPPK -> "Pegawai Pemerintah dengan Perjanjian Kerja (PPPK)";
            case NON_ASN -> "pegawai non-ASN (PTT/honorer)";
        };
    }

    /** PTT/honorer staff may have no NIP or NI PPPK. */
    static String employeeId(String employeeId) {
        return employeeId == null ? "tanpa NIP" : employeeId;
    }

    static String orDash(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    private static String withMeaning(String code, Map<String, String> meanings) {
        String meaning = meanings.get(code);
        return meaning == null ? code : code + ": " + meaning;
    }
}

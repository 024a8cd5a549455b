package id.netral.notification.message;

import id.netral.events.EmploymentType;
import id.netral.kit.time.IndonesianDates;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * What the codes of a recommendation mean, in the words of an Indonesian official letter. A code this service does
 * not know (sanction-service may add some) is printed as it came rather than dropped.
 */
final class NoticeWording {
    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", INDONESIAN);

    /**
     * Sanctions in words when the event carries no text for a code: PP 94/2021 Pasal 8 (research notes 2.3), the
     * moral sanctions of PP 42/2004 Pasal 15(3), and sanction-service's own codes. A letter never shows a code.
     */
    private static final Map<String, String> SANCTIONS = Map.ofEntries(
            Map.entry("R1", "teguran lisan"),
            Map.entry("R2", "teguran tertulis"),
            Map.entry("R3", "pernyataan tidak puas secara tertulis"),
            Map.entry("S1", "pemotongan tunjangan kinerja sebesar 25% selama 6 bulan"),
            Map.entry("S2", "pemotongan tunjangan kinerja sebesar 25% selama 9 bulan"),
            Map.entry("S3", "pemotongan tunjangan kinerja sebesar 25% selama 12 bulan"),
            Map.entry("B1", "penurunan jabatan setingkat lebih rendah selama 12 bulan"),
            Map.entry("B2", "pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 bulan"),
            Map.entry("B3", "pemberhentian dengan hormat tidak atas permintaan sendiri"),
            Map.entry("MORAL_CLOSED", "sanksi moral berupa pernyataan secara tertutup"),
            Map.entry("MORAL_OPEN", "sanksi moral berupa pernyataan secara terbuka"),
            Map.entry("NEXT_SANCTION", "hukuman satu tingkat lebih berat dari hukuman yang pernah dijatuhkan"),
            Map.entry("PTDH", "pemberhentian tidak dengan hormat"));

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
        return TRACKS.getOrDefault(track, "dikaji kasus per kasus");
    }

    static String level(String level) {
        return level == null ? "tidak berlaku" : LEVELS.getOrDefault(level, "tidak berlaku");
    }

    static String sanctioningBody(String body) {
        return body == null ? "tidak berlaku" : BODIES.getOrDefault(body, body);
    }

    /** The SKB 2022 row with the act as the catalogue words it, e.g. "baris D2: Sosialisasi atau kampanye ...". */
    static String violation(String kind, String act) {
        return act == null ? "SKB 2022 baris " + kind : "SKB 2022 baris " + kind + ": " + act;
    }

    /**
     * A sanction in words, from the event's text (sanction-service's catalogue), e.g. "pembebasan dari jabatannya
     * ..."; a code without text is worded from the regulations, never printed as a code.
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

    /** The long Indonesian form of a day, e.g. "2 Desember 2026". */
    static String longDate(LocalDate date) {
        return IndonesianDates.longForm(date);
    }

    private static String withMeaning(String code, Map<String, String> meanings) {
        String meaning = meanings.get(code);
        if (meaning != null && !meaning.isBlank()) {
            return meaning;
        }
        return SANCTIONS.getOrDefault(code, "sanksi lain menurut katalog Netral (lihat rincian di aplikasi Netral)");
    }
}

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

    // The codes of sanction-service's catalogue (sanction-service catalogue/skb2022-pp94-v1.json: PP 94/2021 Pasal 8,
    // PP 42/2004 Pasal 15, PP 49/2018, the Perwali on PTT). The event carries codes only, so their wording is repeated
    // here; a code added there and not here is still printed, as a bare code.
    private static final Map<String, String> SANCTIONS = Map.ofEntries(
            Map.entry("MORAL_CLOSED", "sanksi moral berupa pernyataan secara tertutup"),
            Map.entry("MORAL_OPEN", "sanksi moral berupa pernyataan secara terbuka"),
            Map.entry("R1", "teguran lisan"),
            Map.entry("R2", "teguran tertulis"),
            Map.entry("R3", "pernyataan tidak puas secara tertulis"),
            Map.entry("S1", "pemotongan tunjangan kinerja sebesar 25% selama 6 bulan"),
            Map.entry("S2", "pemotongan tunjangan kinerja sebesar 25% selama 9 bulan"),
            Map.entry("S3", "pemotongan tunjangan kinerja sebesar 25% selama 12 bulan"),
            Map.entry("B1", "penurunan jabatan setingkat lebih rendah selama 12 bulan"),
            Map.entry("B2", "pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 bulan"),
            Map.entry("B3", "pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS"),
            Map.entry("PTDH", "pemberhentian tidak dengan hormat sebagai PNS"),
            Map.entry("PPPK_CONTRACT_MEDIUM", "hukuman disiplin tingkat sedang menurut perjanjian kerja PPPK atau "
                    + "peraturan PPK tentang disiplin PPPK"),
            Map.entry("PPPK_TERMINATION", "pemutusan hubungan perjanjian kerja dengan hormat tidak atas permintaan "
                    + "sendiri"),
            Map.entry("PPPK_PTDH", "pemutusan hubungan perjanjian kerja tidak dengan hormat"),
            Map.entry("CONTRACT_ORAL_WARNING", "teguran lisan"),
            Map.entry("CONTRACT_WRITTEN_WARNING", "teguran tertulis"),
            Map.entry("CONTRACT_TERMINATION", "pemutusan kontrak kerja"));

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

    /** The SKB 2022 row with its meaning, e.g. "D2: sosialisasi/kampanye ...". */
    static String violation(String kind) {
        return withMeaning(kind, SkbViolationKinds.MEANINGS);
    }

    /** A catalogue code with its meaning, e.g. "B2: pembebasan dari jabatannya ..."; free text as it is. */
    static String sanction(String sanction) {
        return sanction == null ? "belum ditentukan; PPK memilih dari sanksi yang dapat dijatuhkan"
                : withMeaning(sanction, SANCTIONS);
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

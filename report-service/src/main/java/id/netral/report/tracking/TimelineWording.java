package id.netral.report.tracking;

import id.netral.events.FollowUpRecorded;
import id.netral.events.NotificationAcknowledged;
import id.netral.events.NotificationDelivered;
import id.netral.events.NotificationFailed;
import id.netral.events.SanctionDecided;
import id.netral.events.SanctionNotImposed;
import id.netral.events.SanctionOverdue;
import id.netral.events.SanctionRecommended;
import id.netral.events.SanctionRevised;
import id.netral.kit.time.IndonesianDates;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * What a case's timeline says of the steps other services took, in Bahasa Indonesia: people read it in the console
 * and partner apps show it, so the events' codes (DISCIPLINE, OPD_HEAD, EMAIL, ISO dates) become words here.
 */
final class TimelineWording {
    private static final Map<String, String> TRACK = Map.of(
            "ETHICS", "pelanggaran kode etik",
            "DISCIPLINE", "hukuman disiplin",
            "DISMISSAL", "pemberhentian",
            "CONTRACT", "tindakan atas kontrak kerja",
            "MANUAL_REVIEW", "perlu kajian BKPPD");
    private static final Map<String, String> RECIPIENT = Map.of(
            "OPD_HEAD", "Kepala OPD",
            "PPK", "PPK (Wali Kota)",
            "BKPPD", "BKPPD",
            "INSPECTORATE", "Inspektorat",
            "SEKDA", "Sekretaris Daerah");
    private static final Map<String, String> CHANNEL = Map.of(
            "EMAIL", "surel",
            "WEBHOOK", "sistem kantor (webhook)");
    private static final Map<String, String> FAILURE = Map.of(
            "MAIL_SERVER_UNREACHABLE", "server surel tidak dapat dihubungi",
            "MAILBOX_REFUSED", "kotak surat penerima menolak",
            "WEBHOOK_REFUSED", "sistem kantor penerima menolak",
            "WEBHOOK_UNREACHABLE", "sistem kantor penerima tidak dapat dihubungi",
            "WEBHOOK_TIMEOUT", "sistem kantor penerima tidak menjawab tepat waktu",
            "WEBHOOK_ADDRESS_NOT_ALLOWED", "alamat sistem kantor penerima tidak diizinkan",
            "OFFICE_NOT_IN_DIRECTORY", "kantor belum ada di direktori OPD",
            "OFFICE_DISSOLVED", "kantor sudah dibubarkan");
    private static final Map<String, String> FOLLOW_UP = Map.ofEntries(
            Map.entry("SUMMONED_AND_EXAMINED", "pegawai dipanggil dan diperiksa"),
            Map.entry("SUMMONED", "pegawai dipanggil secara tertulis"),
            Map.entry("EXAMINATION_TEAM_FORMED", "tim pemeriksa dibentuk"),
            Map.entry("EXAMINED", "pegawai diperiksa (berita acara pemeriksaan)"),
            Map.entry("ETHICS_COUNCIL_FORMED", "Majelis Kode Etik dibentuk"),
            Map.entry("ETHICS_COUNCIL_CONCLUDED", "Majelis Kode Etik memutus"),
            Map.entry("SANCTION_PROPOSED", "sanksi diusulkan"),
            Map.entry("DECISION_DELIVERED", "keputusan disampaikan kepada pegawai"),
            Map.entry("OBJECTION_FILED", "pegawai mengajukan upaya administratif"),
            Map.entry("RECORD_BLOCKED", "BKN memblokir data kepegawaian pegawai"),
            Map.entry("DECREE_ISSUED", "keputusan sanksi ditetapkan"));
    private static final Map<String, String> ACTOR = Map.of(
            "DIRECT_SUPERIOR", "atasan langsung",
            "PPK", "PPK",
            "EXAMINATION_TEAM", "tim pemeriksa",
            "ETHICS_COUNCIL", "Majelis Kode Etik",
            "CIVIL_SERVANT", "pegawai yang bersangkutan",
            "BKN", "BKN");
    private static final Map<String, String> APPEAL = Map.of(
            "KEBERATAN", "keberatan",
            "BANDING_ADMINISTRATIF", "banding administratif");
    private static final Map<String, String> SOURCE = Map.of(
            "/netral/sanction-service", "Netral (rekomendasi sanksi)",
            "/netral/notification-service", "Netral (pemberitahuan)");

    private TimelineWording() {
    }

    /** Who took a step another service reports: that part of Netral, not its event source URI. */
    static String actor(String source) {
        return SOURCE.getOrDefault(source, "Netral");
    }

    static String recommended(SanctionRecommended recommended) {
        StringBuilder text = new StringBuilder(capitalised(track(recommended.track(), recommended.level())));
        String sanction = recommended.recommendedSanction() == null || recommended.sanctionTexts() == null
                ? null : recommended.sanctionTexts().get(recommended.recommendedSanction());
        if (sanction != null) {
            text.append("; sanksi yang direkomendasikan: ").append(sanction);
        }
        if (recommended.ppkDueDate() != null) {
            text.append("; PPK bertindak paling lambat ").append(date(recommended.ppkDueDate()));
        }
        return text.toString();
    }

    static String revised(SanctionRevised revised) {
        return "Kini " + track(revised.track(), revised.level()) + "; alasan: " + revised.reason();
    }

    static String overdue(SanctionOverdue overdue) {
        return "Batas tindak lanjut PPK " + date(overdue.ppkDueDate()) + " terlewati";
    }

    static String decided(SanctionDecided decided) {
        return "Keputusan nomor " + decided.decreeNumber() + " tanggal " + date(decided.decreeDate());
    }

    /** Without the PPK's reason: the reporter reads the timeline by tracking code, and the reason may name people. */
    static String notImposed(SanctionNotImposed notImposed) {
        String outcome = "CANCELLED".equals(notImposed.outcome()) ? "proses dibatalkan, tidak ada sanksi"
                : "pelanggaran tidak terbukti, tidak ada sanksi";
        return "Keputusan nomor " + notImposed.decreeNumber() + " tanggal " + date(notImposed.decreeDate()) + ": "
                + outcome;
    }

    static String delivered(NotificationDelivered delivered) {
        return recipient(delivered.recipientRole(), delivered.opdCode()) + ", lewat "
                + CHANNEL.getOrDefault(delivered.channel(), "saluran lain");
    }

    static String failed(NotificationFailed failed) {
        return recipient(failed.recipientRole(), failed.opdCode()) + ", lewat "
                + CHANNEL.getOrDefault(failed.channel(), "saluran lain") + ": "
                + FAILURE.getOrDefault(failed.category(), "pengiriman gagal");
    }

    static String acknowledged(NotificationAcknowledged acknowledged) {
        return "Kepala OPD " + acknowledged.opdCode();
    }

    /**
     * The step, who took it, its document and whether it was in time: "Pegawai dipanggil secara tertulis oleh atasan
     * langsung; dokumen nomor 800/12/DINKES/2024 tanggal 4 November 2024; batas waktu 13 November 2024".
     */
    static String followUp(FollowUpRecorded followUp) {
        StringBuilder text = new StringBuilder(capitalised(FOLLOW_UP.getOrDefault(followUp.step(),
                "langkah tindak lanjut")));
        if (followUp.appealKind() != null) {
            text.append(" (").append(APPEAL.getOrDefault(followUp.appealKind(), "upaya administratif")).append(")");
        }
        if (followUp.actor() != null && !"RECORD_BLOCKED".equals(followUp.step())
                && !"OBJECTION_FILED".equals(followUp.step())) {
            text.append(" oleh ").append(ACTOR.getOrDefault(followUp.actor(), "pihak lain"));
        }
        if (followUp.documentNumber() != null) {
            text.append("; dokumen nomor ").append(followUp.documentNumber());
            if (followUp.documentDate() != null) {
                text.append(" tanggal ").append(date(followUp.documentDate()));
            }
        }
        if (followUp.dueDate() != null) {
            boolean late = followUp.documentDate() != null && followUp.documentDate().isAfter(followUp.dueDate());
            text.append(late ? "; melewati batas waktu " : "; batas waktu ").append(date(followUp.dueDate()));
        }
        return followUp.note() == null ? text.toString() : text + ": " + followUp.note();
    }

    private static String track(String track, String level) {
        String words = TRACK.getOrDefault(track, "rekomendasi sanksi");
        return level == null ? words : words + " tingkat " + level.toLowerCase(Locale.ROOT);
    }

    private static String recipient(String role, String opdCode) {
        String who = RECIPIENT.getOrDefault(role, "penerima");
        return "OPD_HEAD".equals(role) ? who + " " + opdCode : who;
    }

    private static String date(LocalDate day) {
        return day == null ? "(tanpa tanggal)" : IndonesianDates.longForm(day);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

package id.netral.report.tracking;

import id.netral.events.BodyResultRecorded;
import id.netral.events.FollowUpRecorded;
import id.netral.events.NotificationAcknowledged;
import id.netral.events.NotificationDelivered;
import id.netral.events.NotificationFailed;
import id.netral.events.SanctionDecided;
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
    private static final Map<String, String> FOLLOW_UP = Map.of(
            "SUMMONED_AND_EXAMINED", "pegawai dipanggil dan diperiksa",
            "SANCTION_PROPOSED", "sanksi diusulkan",
            "DECREE_ISSUED", "keputusan sanksi ditetapkan");
    private static final Map<String, String> BODY = Map.of(
            "KASN", "Komisi Aparatur Sipil Negara (KASN)",
            "BKN", "Badan Kepegawaian Negara (BKN)");
    private static final Map<String, String> SOURCE = Map.of(
            "/netral/sanction-service", "Netral (rekomendasi sanksi)",
            "/netral/notification-service", "Netral (pemberitahuan)");

    private TimelineWording() {
    }

    /** Who took a step another service reports: that part of Netral, not its event source URI. */
    static String actor(String source) {
        return SOURCE.getOrDefault(source, "Netral");
    }

    /**
     * Netral's own recommendation: a draft (rancangan) for the PPK, never the examining body's result, which the case
     * may not even have reached yet.
     */
    static String recommended(SanctionRecommended recommended) {
        StringBuilder text = new StringBuilder("Rancangan Netral: " + track(recommended.track(), recommended.level()));
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

    /**
     * The examining body's result beside Netral's draft, saying which one the PPK acts on: the body's, from now on.
     */
    static String bodyResult(BodyResultRecorded result) {
        String body = BODY.getOrDefault(result.body(), "lembaga pemeriksa");
        return "Hasil " + body + " nomor " + result.resultNumber() + " tanggal " + date(result.resultDate())
                + ": sanksi yang direkomendasikan " + result.sanctionText() + ". PPK kini menindaklanjuti hasil "
                + body + "; rancangan rekomendasi Netral tetap tercatat sebagai pembanding";
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

    static String followUp(FollowUpRecorded followUp) {
        String step = capitalised(FOLLOW_UP.getOrDefault(followUp.step(), "langkah tindak lanjut"));
        return followUp.note() == null ? step : step + ": " + followUp.note();
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

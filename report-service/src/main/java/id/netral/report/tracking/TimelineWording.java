package id.netral.report.tracking;

import id.netral.events.BodyResultRecorded;
import id.netral.events.FollowUpRecorded;
import id.netral.events.NotificationAcknowledged;
import id.netral.events.NotificationDelivered;
import id.netral.events.NotificationFailed;
import id.netral.events.SanctionDecided;
import id.netral.events.SanctionNotImposed;
import id.netral.events.SanctionOverdue;
import id.netral.events.SanctionRecommended;
import id.netral.events.SanctionRevised;
import id.netral.events.words.CodeWords;
import id.netral.events.words.IndonesianDates;

import java.time.LocalDate;
import java.util.Map;

/**
 * What a case's timeline says of the steps other services took, in Bahasa Indonesia: people read it in the console
 * and partner apps show it, so the events' codes become the words of {@link CodeWords} and ISO dates the long Indonesian form.
 */
final class TimelineWording {
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
        String body = CodeWords.SANCTIONING_BODY.of(result.body());
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

    /** Without the PPK's reason: the reporter reads the timeline by tracking code, and the reason may name people. */
    static String notImposed(SanctionNotImposed notImposed) {
        String outcome = "CANCELLED".equals(notImposed.outcome()) ? "proses dibatalkan, tidak ada sanksi"
                : "pelanggaran tidak terbukti, tidak ada sanksi";
        return "Keputusan nomor " + notImposed.decreeNumber() + " tanggal " + date(notImposed.decreeDate()) + ": "
                + outcome;
    }

    static String delivered(NotificationDelivered delivered) {
        return recipient(delivered.recipientRole(), delivered.opdCode()) + ", lewat "
                + CodeWords.CHANNEL.of(delivered.channel());
    }

    static String failed(NotificationFailed failed) {
        return recipient(failed.recipientRole(), failed.opdCode()) + ", lewat "
                + CodeWords.CHANNEL.of(failed.channel()) + ": "
                + CodeWords.DELIVERY_FAILURE.of(failed.category());
    }

    static String acknowledged(NotificationAcknowledged acknowledged) {
        return "Kepala OPD " + acknowledged.opdCode();
    }

    /**
     * The step, who took it, its document and whether it was in time: "Pegawai dipanggil secara tertulis oleh atasan
     * langsung; dokumen nomor 800/12/DINKES/2024 tanggal 4 November 2024; batas waktu 13 November 2024".
     */
    static String followUp(FollowUpRecorded followUp) {
        StringBuilder text = new StringBuilder(CodeWords.FOLLOW_UP_STEP.capitalised(followUp.step()));
        if (followUp.appealKind() != null) {
            text.append(" (").append(CodeWords.APPEAL_KIND.of(followUp.appealKind())).append(")");
        }
        if (followUp.actor() != null && !"RECORD_BLOCKED".equals(followUp.step())
                && !"OBJECTION_FILED".equals(followUp.step())) {
            text.append(" oleh ").append(CodeWords.PROCEDURE_ACTOR.of(followUp.actor()));
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
        String words = CodeWords.TRACK.of(track);
        return level == null ? words : words + " tingkat " + CodeWords.LEVEL.of(level);
    }

    private static String recipient(String role, String opdCode) {
        String who = CodeWords.RECIPIENT.of(role);
        return "OPD_HEAD".equals(role) ? who + " " + opdCode : who;
    }

    private static String date(LocalDate day) {
        return day == null ? "(tanpa tanggal)" : IndonesianDates.longForm(day);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

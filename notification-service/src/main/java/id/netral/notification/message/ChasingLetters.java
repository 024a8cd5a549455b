package id.netral.notification.message;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Reminders to an OPD head and escalations to the PPK, the Sekda and BKPPD, in Bahasa Indonesia from the templates in
 * {@code templates/ChasingLetters/}. They quote the first notice as it was sent, which was written from the
 * recommendation only: nothing about the reporter.
 */
public final class ChasingLetters {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reminderSubject(Reminder letter);

        static native TemplateInstance reminderBody(Reminder letter);

        static native TemplateInstance escalationSubject(Escalation letter);

        static native TemplateInstance escalationBody(Escalation letter);
    }

    public record Reminder(String addressee, int number, int max, String noticeSentOn, UUID noticeId,
                           String noticeSubject, String noticeBody, UUID reportId, UUID notificationId) {
    }

    /**
     * @param acknowledgedOn when the OPD head acknowledged, in words; null when they did not
     * @param notice         the first notice's subject and body; null when none was written here
     */
    public record Escalation(String addressee, String opd, String dueDate, String acknowledgedOn,
                             List<String> followUps, SanctionNotice.Message notice, UUID recommendationId,
                             UUID reportId, UUID notificationId) {
    }

    private ChasingLetters() {
    }

    /** @param noticeSentOn the day the first notice was sent, in Kupang */
    public static SanctionNotice.Message reminder(String addressee, int number, int max, LocalDate noticeSentOn,
                                                  UUID noticeId, SanctionNotice.Message notice, UUID reportId,
                                                  UUID notificationId) {
        Reminder letter = new Reminder(addressee, number, max, NoticeWording.date(noticeSentOn), noticeId, notice.subject(),
                notice.body(), reportId, notificationId);
        return new SanctionNotice.Message(Templates.reminderSubject(letter).render().strip(),
                Templates.reminderBody(letter).render());
    }

    /** @param acknowledgedOn the day the OPD head acknowledged, in Kupang; null when they did not */
    public static SanctionNotice.Message escalation(String addressee, String opd, LocalDate dueDate,
                                                    LocalDate acknowledgedOn, List<String> followUps,
                                                    SanctionNotice.Message notice, UUID recommendationId,
                                                    UUID reportId, UUID notificationId) {
        Escalation letter = new Escalation(addressee, opd, NoticeWording.date(dueDate),
                acknowledgedOn == null ? null : NoticeWording.date(acknowledgedOn), followUps, notice, recommendationId, reportId,
                notificationId);
        return new SanctionNotice.Message(Templates.escalationSubject(letter).render().strip(),
                Templates.escalationBody(letter).render());
    }

    /** A follow-up step in the words of a letter. */
    public static String followUp(String step) {
        return switch (step) {
            case "SUMMONED_AND_EXAMINED" -> "pegawai telah dipanggil dan diperiksa";
            case "SANCTION_PROPOSED" -> "sanksi telah diusulkan";
            case "DECREE_ISSUED" -> "keputusan hukuman telah ditetapkan";
            default -> step;
        };
    }
}

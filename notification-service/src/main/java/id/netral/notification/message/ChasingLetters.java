package id.netral.notification.message;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import java.time.LocalDate;
import java.util.List;

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

    public record Reminder(Letterhead head, String addressee, int number, int max, String noticeSentOn,
                           String noticeNumber, String superiorDuty, String noticeSubject, String noticeBody) {
    }

    /**
     * @param acknowledgedOn when the OPD head acknowledged, in words; null when they did not
     * @param notice         the first notice's subject and body; null when none was written here
     */
    public record Escalation(Letterhead head, String addressee, String opd, String dueDate, String acknowledgedOn,
                             List<String> followUps, String superiorDuty, SanctionNotice.Message notice) {
    }

    public static final String REMINDER_HAL = "Tindak lanjut rekomendasi sanksi atas pelanggaran netralitas ASN";
    public static final String ESCALATION_HAL = "Melewati batas waktu tindak lanjut rekomendasi sanksi atas pelanggaran netralitas ASN";

    private ChasingLetters() {
    }

    /**
     * @param noticeSentOn the day the first notice was sent, in Kupang
     * @param noticeNumber the first notice's letter number; null for one written before letters were numbered
     */
    public static SanctionNotice.Message reminder(Letterhead head, String addressee, int number, int max,
                                                  LocalDate noticeSentOn, String noticeNumber,
                                                  LegalBasis.Statement legal, SanctionNotice.Message notice) {
        Reminder letter = new Reminder(head, addressee, number, max, NoticeWording.longDate(noticeSentOn),
                noticeNumber == null ? "tanpa nomor" : noticeNumber, legal.superiorDuty(), notice.subject(),
                notice.body());
        return new SanctionNotice.Message(Templates.reminderSubject(letter).render().strip(),
                Templates.reminderBody(letter).render());
    }

    /** @param acknowledgedOn the day the OPD head acknowledged, in Kupang; null when they did not */
    public static SanctionNotice.Message escalation(Letterhead head, String addressee, String opd, LocalDate dueDate,
                                                    LocalDate acknowledgedOn, List<String> followUps,
                                                    LegalBasis.Statement legal, SanctionNotice.Message notice) {
        Escalation letter = new Escalation(head, addressee, opd, NoticeWording.date(dueDate),
                acknowledgedOn == null ? null : NoticeWording.longDate(acknowledgedOn), followUps, legal.superiorDuty(),
                notice);
        return new SanctionNotice.Message(Templates.escalationSubject(letter).render().strip(),
                Templates.escalationBody(letter).render());
    }

    /** A follow-up step in the words of a letter. */
    public static String followUp(String step) {
        return switch (step) {
            case "SUMMONED_AND_EXAMINED" -> "pegawai telah dipanggil dan diperiksa";
            case "SUMMONED" -> "pegawai telah dipanggil secara tertulis";
            case "EXAMINATION_TEAM_FORMED" -> "tim pemeriksa telah dibentuk";
            case "EXAMINED" -> "pegawai telah diperiksa dan berita acara pemeriksaan ditandatangani";
            case "ETHICS_COUNCIL_FORMED" -> "Majelis Kode Etik telah dibentuk";
            case "ETHICS_COUNCIL_CONCLUDED" -> "Majelis Kode Etik telah memutus";
            case "SANCTION_PROPOSED" -> "sanksi telah diusulkan";
            case "DECISION_DELIVERED" -> "keputusan telah disampaikan kepada pegawai";
            case "OBJECTION_FILED" -> "pegawai telah mengajukan upaya administratif";
            case "RECORD_BLOCKED" -> "BKN telah memblokir data kepegawaian pegawai";
            case "DECREE_ISSUED" -> "keputusan hukuman telah ditetapkan";
            default -> "langkah tindak lanjut lain";
        };
    }
}

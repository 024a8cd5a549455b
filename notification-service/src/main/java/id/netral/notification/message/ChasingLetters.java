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

        static native TemplateInstance stepSubject(Letterhead head);

        static native TemplateInstance stepReminderBody(StepReminder letter);

        static native TemplateInstance stepEscalationBody(StepEscalation letter);
    }

    /** What a letter about an overdue step of the procedure says of it, already in words. */
    public record OverdueStep(String opd, String step, String actor, String document, String dueDate,
                              String decree) {
    }

    /**
     * @param recordBy    the last day to record the step before it is escalated
     * @param consequence who is told if it is not, and what may follow
     * @param duty        the actor's duty, with its article
     */
    public record StepReminder(Letterhead head, String addressee, String noticeNumber, OverdueStep overdue,
                               String recordBy, String consequence, String duty) {
    }

    /** @param reminder the reminder's number and day; null when none was written (its recipient was unreachable) */
    public record StepEscalation(Letterhead head, String addressee, OverdueStep overdue, String reminder,
                                 String liability, String blocking) {
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

    /**
     * BKN's control measures when the city does not act (research notes 1, 3.3, 3.5): blocking the personnel record
     * in SIASN under Peraturan BKN 1/2023.
     */
    public static final String BKN_BLOCKING = "Apabila tindak lanjut tidak dilaksanakan, Badan Kepegawaian Negara "
            + "(BKN) dapat melakukan tindakan pengendalian sampai pemblokiran data kepegawaian pegawai yang "
            + "bersangkutan dalam SIASN sesuai Peraturan Badan Kepegawaian Negara Nomor 1 Tahun 2023; apabila "
            + "pemblokiran itu terjadi, mohon dicatat di Netral sebagai langkah pemblokiran data kepegawaian oleh BKN.";

    private ChasingLetters() {
    }

    /** The Hal of a step reminder: the step only, no person, since subjects travel in clear. */
    public static String stepReminderHal(String step) {
        return "Peringatan batas waktu " + step + " dalam penanganan pelanggaran netralitas ASN";
    }

    public static String stepEscalationHal(String step) {
        return "Laporan " + step + " yang melewati batas waktu dalam penanganan pelanggaran netralitas ASN";
    }

    public static SanctionNotice.Message stepReminder(StepReminder letter) {
        return new SanctionNotice.Message(Templates.stepSubject(letter.head()).render().strip(),
                Templates.stepReminderBody(letter).render());
    }

    public static SanctionNotice.Message stepEscalation(StepEscalation letter) {
        return new SanctionNotice.Message(Templates.stepSubject(letter.head()).render().strip(),
                Templates.stepEscalationBody(letter).render());
    }

    /** A day in the words of a letter, e.g. "Jumat, 8 November 2024". */
    public static String day(LocalDate date) {
        return NoticeWording.date(date);
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

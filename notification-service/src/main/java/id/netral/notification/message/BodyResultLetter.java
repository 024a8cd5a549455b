package id.netral.notification.message;

import id.netral.events.BodyResultRecorded;
import id.netral.notification.RecipientRole;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import java.util.List;
import java.util.Map;

/**
 * Tells the PPK, BKPPD and the OPD head that KASN's or BKN's result of a case arrived (research notes 3.3): its number,
 * date and the sanction it recommends, and that the PPK acts on it from now on, Netral's own recommendation having
 * been a draft (rancangan) until then. In Bahasa Indonesia from {@code templates/BodyResultLetter/}; built from the
 * event and the recommendation as received: nothing about the reporter.
 */
public final class BodyResultLetter {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance subject(Letter letter);

        static native TemplateInstance body(Letter letter);
    }

    /** @param superiorDuty the direct superior's duty and liability, on the OPD head's letter only; null on others */
    public record Letter(Letterhead head, String addressee, String noticeNumber, String opd, String accusedName,
                         String employeeId, String body, String bodyShort, String resultNumber, String resultDate,
                         String sanction, String draftSanction, String task, String superiorDuty,
                         List<String> copiedTo) {
    }

    private BodyResultLetter() {
    }

    /** The subject (hal): the body's name only, no person, since subjects travel in clear. */
    public static String hal(String body) {
        return "Hasil " + shortName(body) + " atas rekomendasi sanksi pelanggaran netralitas ASN";
    }

    /**
     * @param role          who this letter is to: the PPK decides, BKPPD prepares the decree, the OPD head examines
     * @param noticeNumber  the first notice's letter number; null when none was numbered
     * @param accusedName   the civil servant's name as the recommendation gave it; null when it was not kept
     * @param sanctionTexts the catalogue's wording of sanctions, from the recommendation as received
     * @param legal         the legal basis of the case's track, for the OPD head's duty
     * @param copiedTo      the titles of the others this letter goes to, named in its "Tembusan"
     */
    public static SanctionNotice.Message write(Letterhead head, String addressee, RecipientRole role,
                                               BodyResultRecorded result, String noticeNumber, String opd,
                                               String accusedName, String employeeId,
                                               Map<String, String> sanctionTexts, LegalBasis.Statement legal,
                                               List<String> copiedTo) {
        String shortName = shortName(result.body());
        String sanction = result.sanctionText() != null && !result.sanctionText().isBlank() ? result.sanctionText()
                : NoticeWording.sanction(result.recommendedSanction(), sanctionTexts);
        String draft = result.draftSanction() == null ? "tanpa sanksi yang direkomendasikan"
                : NoticeWording.sanction(result.draftSanction(), sanctionTexts);
        Letter letter = new Letter(head, addressee, noticeNumber == null ? "tanpa nomor" : noticeNumber, opd,
                accusedName == null ? "-" : accusedName, NoticeWording.employeeId(employeeId),
                fullName(result.body()), shortName, result.resultNumber(),
                NoticeWording.longDate(result.resultDate()), sanction, draft, task(role, shortName),
                role == RecipientRole.OPD_HEAD ? legal.superiorDuty() : null, copiedTo);
        return new SanctionNotice.Message(Templates.subject(letter).render().strip(), Templates.body(letter).render());
    }

    private static String task(RecipientRole role, String body) {
        return switch (role) {
            case PPK -> "Mohon Bapak/Ibu selaku Pejabat Pembina Kepegawaian menetapkan keputusan atas perkara ini "
                    + "berdasarkan hasil " + body + " tersebut, setelah pegawai dipanggil dan diperiksa oleh atasan "
                    + "langsungnya, dan menyampaikan keputusan itu kepada pegawai yang bersangkutan.";
            case OPD_HEAD -> "Mohon Bapak/Ibu selaku atasan langsung melanjutkan pemanggilan dan pemeriksaan pegawai "
                    + "serta menyampaikan hasilnya kepada Pejabat Pembina Kepegawaian melalui BKPPD Kota Kupang, "
                    + "dengan memperhatikan hasil " + body + " tersebut.";
            default -> "Mohon BKPPD Kota Kupang menyiapkan rancangan keputusan Pejabat Pembina Kepegawaian "
                    + "berdasarkan hasil " + body + " tersebut dan memantau tindak lanjutnya.";
        };
    }

    private static String shortName(String body) {
        return "KASN".equals(body) ? "KASN" : "BKN";
    }

    /** KASN sent a recommendation; BKN sends the result of its examination (laporan hasil pemeriksaan). */
    private static String fullName(String body) {
        return "KASN".equals(body) ? "rekomendasi " + NoticeWording.sanctioningBody(body)
                : "pemeriksaan " + NoticeWording.sanctioningBody(body);
    }
}

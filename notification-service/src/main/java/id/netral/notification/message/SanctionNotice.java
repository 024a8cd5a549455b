package id.netral.notification.message;

import id.netral.events.Accused;
import id.netral.events.EmploymentType;
import id.netral.events.SanctionRecommended;
import id.netral.notification.directory.Opd;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import java.util.List;
import java.util.Optional;

/**
 * Writes the notice to an OPD head about a sanction recommendation, in Bahasa Indonesia, from the templates in
 * {@code templates/SanctionNotice/}. It is built from the recommendation event only, which carries nothing about the
 * reporter, so no reporter data can reach an OPD head through it.
 */
public final class SanctionNotice {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance subject(Letter letter);

        static native TemplateInstance body(Letter letter);
    }

    /** Everything the templates print, already in the words of the letter. */
    public record Letter(Letterhead head, String addressee, String accusedName, String employeeId,
                         String employment, String position, String opd, String violation, String track, String level,
                         List<String> allowedSanctions, String recommendedSanction, List<String> catalogueBasis,
                         LegalBasis.Statement legal, List<String> explanation, String dueDate, List<String> copiedTo,
                         String copyFor) {
    }

    public record Message(String subject, String body) {
    }

    private SanctionNotice() {
    }

    /** The subject (hal) of a first notice: no name, no id, since subjects travel in clear. */
    public static final String HAL = "Rekomendasi sanksi atas pelanggaran netralitas ASN";

    /**
     * @param head   the letter's number, date, sifat and signer
     * @param perwali the number of the Perwali on PTT, when known
     * @param opd    the accused's OPD from the directory; {@code null} when the code is not there, in which case the
     *               letter is still written (it is kept, so an admin can forward it by hand) but addressed by code
     * @param addressee the office whose head the letter is to: the accused's OPD, or its head's superior when the
     *                  accused is that head; {@code null} with {@code opd}
     * @param copiedTo the titles of the recipients in copy, named in the letter's "Tembusan"
     * @param copyFor  the title of the recipient this copy of the letter goes to; null for the OPD head's letter
     */
    public static Message write(Letterhead head, SanctionRecommended recommended, Opd opd, Opd addressee,
                                List<String> copiedTo, String copyFor, Optional<String> perwali) {
        Accused accused = recommended.accused();
        boolean nonAsn = accused.employmentType() == EmploymentType.NON_ASN;
        LegalBasis.Statement legal = LegalBasis.of(accused.employmentType(), recommended.track(),
                recommended.sanctioningBody(), perwali);
        Letter letter = new Letter(head,
                addressee == null ? "Pimpinan OPD " + accused.opdCode() : addressee.headTitle,
                accused.name(),
                NoticeWording.employeeId(accused.employeeId()),
                NoticeWording.employment(accused.employmentType()),
                NoticeWording.orDash(accused.position()),
                opd == null ? accused.opdCode() : opd.name + " (" + opd.code + ")",
                NoticeWording.violation(recommended.violationKind(), recommended.violationText()),
                NoticeWording.track(recommended.track()),
                NoticeWording.level(recommended.level()),
                recommended.allowedSanctions().stream()
                        .map(code -> NoticeWording.sanction(code, recommended.sanctionTexts())).toList(),
                NoticeWording.sanction(recommended.recommendedSanction(), recommended.sanctionTexts()),
                // the catalogue's basis for ASN only (for non-ASN staff it is the Perwali or the contract), less what it repeats
                nonAsn ? List.of() : legal.addedBy(recommended.legalBasis()),
                legal,
                recommended.explanation(),
                NoticeWording.date(recommended.ppkDueDate()),
                copiedTo,
                copyFor);
        // a subject is one header line: the template file's final newline is not part of it
        return new Message(Templates.subject(letter).render().strip(), Templates.body(letter).render());
    }
}

package id.netral.notification.message;

import id.netral.events.EmploymentType;
import id.netral.events.SanctionRevised;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tells those who received a recommendation that BKPPD revised it: what holds now and why, in Bahasa Indonesia from
 * {@code templates/RevisionLetter/}, quoting the notice it changes (which names the civil servant and the act). Built
 * from the revision event and the earlier notice only: nothing about the reporter.
 */
public final class RevisionLetter {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance subject(Letter letter);

        static native TemplateInstance body(Letter letter);
    }

    /** @param copyFor the title of the recipient in copy; null for the OPD head's letter */
    public record Letter(Letterhead head, String addressee, String copyFor, String revisedOn, String reason,
                         String track, String level, List<String> allowedSanctions, String recommendedSanction,
                         List<String> catalogueBasis, LegalBasis.Statement legal, String dueDate,
                         String replacesNotice, String noticeSubject, String noticeBody) {
    }

    public static final String HAL = "Perubahan rekomendasi sanksi atas pelanggaran netralitas ASN";

    private RevisionLetter() {
    }

    /**
     * @param revisedOn    the day BKPPD revised the recommendation, in Kupang
     * @param notice       the notice to this recipient that the revision changes
     * @param sanctionTexts the catalogue's wording of sanctions, from the recommendation as received
     */
    public static SanctionNotice.Message write(Letterhead head, String addressee, String copyFor,
                                               SanctionRevised revised, LocalDate revisedOn,
                                               String replacesNotice, SanctionNotice.Message notice,
                                               Map<String, String> sanctionTexts, EmploymentType employment,
                                               String sanctioningBody, Optional<String> perwali) {
        boolean nonAsn = employment == EmploymentType.NON_ASN;
        LegalBasis.Statement legal = LegalBasis.of(employment, revised.track(), sanctioningBody, perwali);
        Letter letter = new Letter(head, addressee, copyFor,
                NoticeWording.longDate(revisedOn), revised.reason(),
                NoticeWording.track(revised.track()), NoticeWording.level(revised.level()),
                revised.allowedSanctions().stream().map(code -> NoticeWording.sanction(code, sanctionTexts)).toList(),
                NoticeWording.sanction(revised.recommendedSanction(), sanctionTexts),
                nonAsn ? List.of() : legal.addedBy(revised.legalBasis()),
                legal,
                NoticeWording.date(revised.ppkDueDate()), replacesNotice == null ? "tanpa nomor" : replacesNotice,
                notice.subject(), notice.body());
        return new SanctionNotice.Message(Templates.subject(letter).render().strip(), Templates.body(letter).render());
    }
}

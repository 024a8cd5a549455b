package id.netral.sanction.recommendation;

import id.netral.events.Accused;
import id.netral.sanction.catalogue.Catalogue;
import id.netral.sanction.catalogue.Level;
import id.netral.sanction.catalogue.SanctioningBody;
import id.netral.sanction.catalogue.Track;
import id.netral.sanction.procedure.Step;
import id.netral.sanction.procedure.StepTaken;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A recommendation as BKPPD officers and partner apps read it, with the case facts it rests on. */
public record RecommendationView(UUID id, UUID reportId, String electionId, LocalDate incidentDate,
                                 Instant verifiedAt, Accused accused, String violationKind, Track track, Level level,
                                 List<String> allowedSanctions, String recommendedSanction, List<String> legalBasis,
                                 List<String> explanation, SanctioningBody sanctioningBody, LocalDate ppkDueDate,
                                 String ruleVersion, Instant recommendedAt, String appliedKind,
                                 List<String> priorRecommendations, Status status, Instant revisedAt,
                                 Decision decision, Instant overdueAt, List<Catalogue.Sanction> sanctions,
                                 List<HistoryEntry.View> history, HandOffView handOff, ProcedureView procedure) {

    /**
     * The procedure at the city as sanction-service knows it from notification-service; only in the detail view.
     *
     * @param steps        the steps taken, in the order they were recorded
     * @param beforeDecree the steps still to be taken before the PPK's decree on the act (SANCTIONED or NOT_PROVEN)
     *                     is recorded; empty once the examination is done
     */
    @Schema(name = "ProcedureView")
    public record ProcedureView(List<StepTaken.View> steps, List<Step> beforeDecree) {
    }

    /**
     * The case beyond the city beside Netral's recommendation: Bawaslu's forwarding, the body's result once it is in,
     * and which one the PPK acts on.
     *
     * @param ppkActsOn     NETRAL_DRAFT until the body's result is recorded, then BODY_RESULT
     * @param ppkActsOnText the same in Bahasa Indonesia, as people read it
     */
    @Schema(name = "HandOffView")
    public record HandOffView(LocalDate forwardedOn, SanctioningBody forwardedTo,
                              @Schema(examples = "123/PP.01.02/K.NT-08/10/2024") String forwardingLetterNumber,
                              BodyResultView bodyResult, @Schema(examples = "BODY_RESULT") String ppkActsOn,
                              @Schema(examples = "PPK menindaklanjuti hasil Badan Kepegawaian Negara (BKN) nomor "
                                      + "LHP-0451/NETRALITAS/X/2024; rekomendasi Netral adalah rancangan yang tetap "
                                      + "tercatat sebagai pembanding.") String ppkActsOnText) {
    }

    /** @param sanctionText the sanction in words; only in the detail view */
    @Schema(name = "BodyResultView")
    public record BodyResultView(SanctioningBody body,
                                 @Schema(examples = "LHP-0451/NETRALITAS/X/2024") String resultNumber,
                                 LocalDate resultDate, String recommendedSanction,
                                 @Schema(examples = "pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 bulan")
                                 String sanctionText, String recordedBy,
                                 Instant recordedAt) {
    }

    /**
     * The PPK's decree as recorded; null until then.
     *
     * @param imposedSanction null when the outcome is NOT_PROVEN or CANCELLED
     * @param reason          why no sanction is imposed; null for a sanction
     */
    @Schema(name = "DecisionView")
    public record Decision(@Schema(examples = "800.1.6.4/123/BKPPD/2024") String decreeNumber, LocalDate decreeDate,
                           String imposedSanction, @Schema(examples = "yohanes.bana") String recordedBy,
                           Instant recordedAt, DecisionOutcome outcome,
                           @Schema(examples = "Pegawai tidak terbukti menyebarkan unggahan kampanye") String reason) {
    }

    /** Without the sanctions' details and the history, as a list shows it. */
    static RecommendationView of(Recommendation r) {
        return of(r, null, null, null, null);
    }

    /**
     * @param sanctions each allowed sanction with its text and legal basis, from the catalogue version the
     *                  recommendation names
     */
    static RecommendationView of(Recommendation r, List<Catalogue.Sanction> sanctions, List<HistoryEntry.View> history,
                                 String bodySanctionText, ProcedureView procedure) {
        Decision decision = r.decidedAt == null ? null
                : new Decision(r.decreeNumber, r.decreeDate, r.imposedSanction, r.decidedBy, r.decidedAt,
                r.decisionOutcome == null ? DecisionOutcome.SANCTIONED
                        : r.decisionOutcome, r.decisionReason);
        return new RecommendationView(r.id, r.reportId, r.electionId, r.incidentDate, r.verifiedAt,
                r.accused.toAccused(), r.violationKind, r.track, r.level, r.allowedSanctions, r.recommendedSanction,
                r.legalBasis, r.explanation, r.sanctioningBody, r.ppkDueDate, r.ruleVersion, r.recommendedAt,
                r.appliedKind, r.priorRecommendations, r.status, r.revisedAt, decision, r.overdueAt, sanctions, history,
                new HandOffView(r.forwardedOn, r.forwardedTo, r.forwardingLetterNumber, !r.hasBodyResult() ? null
                        : new BodyResultView(r.forwardedTo, r.bodyResultNumber, r.bodyResultDate, r.bodySanction,
                        bodySanctionText, r.bodyResultRecordedBy, r.bodyResultRecordedAt),
                        r.hasBodyResult() ? "BODY_RESULT" : "NETRAL_DRAFT", HandOff.Wording.ppkActsOn(r)), procedure);
    }
}

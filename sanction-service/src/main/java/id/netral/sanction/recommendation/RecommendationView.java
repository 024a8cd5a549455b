package id.netral.sanction.recommendation;

import id.netral.events.Accused;
import id.netral.sanction.catalogue.Catalogue;
import id.netral.sanction.catalogue.Level;
import id.netral.sanction.catalogue.SanctioningBody;
import id.netral.sanction.catalogue.Track;
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
                                 List<HistoryEntry.View> history) {

    /** The PPK's decree as recorded; null until then. */
    @Schema(name = "DecisionView")
    public record Decision(@Schema(examples = "800.1.6.4/123/BKPPD/2024") String decreeNumber, LocalDate decreeDate,
                           String imposedSanction, @Schema(examples = "yohanes.bana") String recordedBy,
                           Instant recordedAt) {
    }

    /** Without the sanctions' details and the history, as a list shows it. */
    static RecommendationView of(Recommendation r) {
        return of(r, null, null);
    }

    /**
     * @param sanctions each allowed sanction with its text and legal basis, from the catalogue version the
     *                  recommendation names
     */
    static RecommendationView of(Recommendation r, List<Catalogue.Sanction> sanctions, List<HistoryEntry.View> history) {
        Decision decision = r.decidedAt == null ? null
                : new Decision(r.decreeNumber, r.decreeDate, r.imposedSanction, r.decidedBy, r.decidedAt);
        return new RecommendationView(r.id, r.reportId, r.electionId, r.incidentDate, r.verifiedAt,
                r.accused.toAccused(), r.violationKind, r.track, r.level, r.allowedSanctions, r.recommendedSanction,
                r.legalBasis, r.explanation, r.sanctioningBody, r.ppkDueDate, r.ruleVersion, r.recommendedAt,
                r.appliedKind, r.priorRecommendations, r.status, r.revisedAt, decision, r.overdueAt, sanctions, history);
    }
}

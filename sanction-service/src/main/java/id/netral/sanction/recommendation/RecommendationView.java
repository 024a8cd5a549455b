package id.netral.sanction.recommendation;

import id.netral.events.Accused;
import id.netral.sanction.catalogue.Level;
import id.netral.sanction.catalogue.SanctioningBody;
import id.netral.sanction.catalogue.Track;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A recommendation as BKPPD officers and partner apps read it, with the case facts it rests on. */
public record RecommendationView(UUID id, UUID reportId, String electionId, LocalDate incidentDate,
                                 Instant verifiedAt, Accused accused, String violationKind, Track track, Level level,
                                 List<String> allowedSanctions, String recommendedSanction, List<String> legalBasis,
                                 List<String> explanation, SanctioningBody sanctioningBody, LocalDate ppkDueDate,
                                 String ruleVersion, Instant recommendedAt) {

    static RecommendationView of(Recommendation r) {
        return new RecommendationView(r.id, r.reportId, r.electionId, r.incidentDate, r.verifiedAt, r.accused.toAccused(),
                r.violationKind, r.track, r.level, r.allowedSanctions, r.recommendedSanction, r.legalBasis,
                r.explanation, r.sanctioningBody, r.ppkDueDate, r.ruleVersion, r.recommendedAt);
    }
}

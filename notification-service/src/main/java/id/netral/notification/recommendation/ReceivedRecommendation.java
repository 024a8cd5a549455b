package id.netral.notification.recommendation;

import id.netral.events.EventJson;
import id.netral.events.SanctionRecommended;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** A recommendation as sanction-service published it, kept to write its notices again for another office. */
@Entity
@Table(name = "received_recommendation")
public class ReceivedRecommendation extends PanacheEntityBase {
    @Id
    @Column(name = "recommendation_id")
    public UUID recommendationId;

    @Column(name = "report_id", nullable = false)
    public UUID reportId;

    /** The event's JSON as received. */
    @Column(nullable = false)
    public String payload;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** The PPK's decree, once sanction-service published the decision; null until then. */
    @Column(name = "decree_number")
    public String decreeNumber;

    @Column(name = "decree_date")
    public LocalDate decreeDate;

    /** SANCTIONED, NOT_PROVEN or CANCELLED */
    @Column(name = "decision_outcome")
    public String decisionOutcome;

    @Column(name = "imposed_sanction")
    public String imposedSanction;

    /** The PPK's decision as the procedure needs it. */
    public record Decision(String decreeNumber, LocalDate decreeDate, String outcome, String imposedSanction) {
        public boolean sanctioned() {
            return "SANCTIONED".equals(outcome);
        }
    }

    public Optional<Decision> decision() {
        return decreeDate == null ? Optional.empty()
                : Optional.of(new Decision(decreeNumber, decreeDate, decisionOutcome, imposedSanction));
    }

    /** Keeps the PPK's decision; the first one counts (an event read twice changes nothing). */
    public static void decided(UUID recommendationId, Decision decision) {
        ReceivedRecommendation.<ReceivedRecommendation>findByIdOptional(recommendationId)
                .filter(received -> received.decreeDate == null).ifPresent(received -> {
                    received.decreeNumber = decision.decreeNumber();
                    received.decreeDate = decision.decreeDate();
                    received.decisionOutcome = decision.outcome();
                    received.imposedSanction = decision.imposedSanction();
                });
    }

    public static Optional<ReceivedRecommendation> row(UUID recommendationId) {
        return findByIdOptional(recommendationId);
    }

    static void keep(SanctionRecommended recommended, Instant now) {
        ReceivedRecommendation received = new ReceivedRecommendation();
        received.recommendationId = recommended.recommendationId();
        received.reportId = recommended.reportId();
        received.payload = EventJson.write(recommended);
        received.receivedAt = now;
        received.persist();
    }

    public static Optional<SanctionRecommended> of(UUID recommendationId) {
        return ReceivedRecommendation.<ReceivedRecommendation>findByIdOptional(recommendationId)
                .map(received -> EventJson.read(received.payload, SanctionRecommended.class));
    }
}

package id.netral.notification.recommendation;

import id.netral.events.EventJson;
import id.netral.events.SanctionRecommended;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
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

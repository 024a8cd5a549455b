package id.netral.notification.delivery;

import id.netral.notification.FailureCategory;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One attempt to deliver a notice on one channel, and what came of it. */
@Entity
@Table(name = "delivery_attempt")
public class DeliveryAttempt extends PanacheEntityBase {
    private static final int MAX_DETAIL_LENGTH = 2000;

    @Id
    public UUID id;

    @Column(name = "notification_id", nullable = false)
    public UUID notificationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Column(nullable = false)
    public int attempt;

    @Column(name = "attempted_at", nullable = false)
    public Instant attemptedAt;

    @Column(nullable = false)
    public boolean succeeded;

    /** What the mail server or endpoint answered, word for word: for admins only. */
    public String detail;

    /** What kind of failure it was; null for a success. */
    @Enumerated(EnumType.STRING)
    public FailureCategory category;

    public static void record(UUID notificationId, Channel channel, int attempt, Instant at, boolean succeeded,
                              FailureCategory category, String detail) {
        DeliveryAttempt entry = new DeliveryAttempt();
        entry.id = UUID.randomUUID();
        entry.notificationId = notificationId;
        entry.channel = channel;
        entry.attempt = attempt;
        entry.attemptedAt = at;
        entry.succeeded = succeeded;
        entry.category = category;
        entry.detail = truncated(detail);
        entry.persist();
    }

    public static String truncated(String text) {
        return text == null || text.length() <= MAX_DETAIL_LENGTH ? text : text.substring(0, MAX_DETAIL_LENGTH);
    }

    public static List<DeliveryAttempt> ofNotification(UUID notificationId) {
        return list("notificationId = ?1 order by attemptedAt, id", notificationId);
    }
}

package id.netral.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One notice about a sanction recommendation to one recipient, with the message exactly as it is sent. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "recommendation_id", nullable = false)
    public UUID recommendationId;

    @Column(name = "report_id", nullable = false)
    public UUID reportId;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_role", nullable = false)
    public RecipientRole recipientRole;

    @Column(name = "opd_code", nullable = false)
    public String opdCode;

    @Column(name = "recipient_address")
    public String recipientAddress;

    @ElementCollection
    @CollectionTable(name = "notification_copy", joinColumns = @JoinColumn(name = "notification_id"))
    @OrderColumn(name = "position")
    public List<CopyAddress> copies = new ArrayList<>();

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NotificationStatus status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "undeliverable_reason")
    public String undeliverableReason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    public static boolean exists(UUID recommendationId, RecipientRole role) {
        return count("recommendationId = ?1 and recipientRole = ?2", recommendationId, role) > 0;
    }

    public static List<Notification> ofReport(UUID reportId) {
        return list("reportId = ?1 order by createdAt, id", reportId);
    }
}

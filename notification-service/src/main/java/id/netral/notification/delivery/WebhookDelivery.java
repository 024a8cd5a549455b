package id.netral.notification.delivery;

import id.netral.notification.DeliveryProgress;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The signed webhook of one notice: its id is the Idempotency-Key of every attempt. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends DeliveryProgress {
    public enum Status {
        PENDING,
        DELIVERED,
        /** Every attempt failed, or the endpoint is refused; an admin may queue it again. */
        FAILED,
        /** Its notice was cancelled before the webhook was delivered. */
        CANCELLED
    }

    @Column(name = "notification_id", nullable = false)
    public UUID notificationId;

    @Column(nullable = false)
    public String url;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Override
    public UUID noticeId() {
        return notificationId;
    }

    @Override
    public boolean pending() {
        return status == Status.PENDING;
    }

    @Override
    protected void markPending() {
        status = Status.PENDING;
    }

    @Override
    protected void markDelivered() {
        status = Status.DELIVERED;
    }

    @Override
    protected void markFailed() {
        status = Status.FAILED;
    }

    @Override
    public boolean cancelled() {
        return status == Status.CANCELLED;
    }

    @Override
    protected void markCancelled() {
        status = Status.CANCELLED;
    }

    public static Optional<WebhookDelivery> ofNotification(UUID notificationId) {
        return find("notificationId", notificationId).firstResultOptional();
    }

    /** A new delivery, due at once. */
    public static WebhookDelivery queue(UUID notificationId, String url, Instant now) {
        WebhookDelivery delivery = new WebhookDelivery();
        delivery.id = UUID.randomUUID();
        delivery.notificationId = notificationId;
        delivery.url = url;
        delivery.status = Status.PENDING;
        delivery.createdAt = now;
        delivery.nextAttemptAt = now;
        delivery.persist();
        return delivery;
    }
}

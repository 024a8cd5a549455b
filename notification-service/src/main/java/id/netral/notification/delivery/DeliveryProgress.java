package id.netral.notification.delivery;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/**
 * How far the delivery of something sent with retries has come: a notice by e-mail, a webhook. While a worker sends,
 * it holds the row by moving the next attempt to the end of its lease.
 */
@MappedSuperclass
public abstract class DeliveryProgress extends PanacheEntityBase {
    @Column(nullable = false)
    public int attempts;

    /** When the delivery worker may (re)try; null once delivered or given up. */
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;
}

package id.netral.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;
import java.util.UUID;

/**
 * How far the delivery of something sent with retries has come: a notice by e-mail, a webhook. While a worker sends,
 * it holds the row by moving the next attempt to the end of its lease. Each kind of row keeps its own status column;
 * this says what a delivery's outcome does to any of them.
 */
@MappedSuperclass
public abstract class DeliveryProgress extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(nullable = false)
    public int attempts;

    /** When the delivery worker may (re)try; null once delivered or given up. */
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    /** The mail server's or endpoint's own answer to the last failed attempt: for admins only. */
    @Column(name = "last_error")
    public String lastError;

    /** What kind of failure the last failed attempt was: what everyone else is told. */
    @Enumerated(EnumType.STRING)
    @Column(name = "last_failure_category")
    public FailureCategory lastFailureCategory;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    /** The notice this delivery carries. */
    public abstract UUID noticeId();

    /** Still to be delivered: neither delivered nor given up. */
    public abstract boolean pending();

    protected abstract void markPending();

    protected abstract void markDelivered();

    protected abstract void markFailed();

    /** Stopped before it was delivered, because it is no longer needed. */
    public abstract boolean cancelled();

    protected abstract void markCancelled();

    /** Arrived: no further attempt. */
    public void delivered(Instant at) {
        markDelivered();
        deliveredAt = at;
        nextAttemptAt = null;
    }

    /** Given up: no further attempt until an admin queues it again. */
    public void givenUp() {
        markFailed();
        nextAttemptAt = null;
    }

    /** Not to be attempted any more: no longer needed. A worker sending it right now may still deliver it. */
    public void cancel() {
        markCancelled();
        nextAttemptAt = null;
    }

    /** Due again at once, with a fresh count of attempts. */
    public void queueAgain(Instant now) {
        markPending();
        attempts = 0;
        nextAttemptAt = now;
    }
}

package id.netral.kit.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How far the outbox is behind, as gauges on /q/metrics: events written but not yet on Kafka, and the age of the
 * oldest of them. A growing age is the first sign that Kafka is away or the relay is stuck, while the service itself
 * still answers; an alert on it catches what no health check shows. Measured on a schedule, not on each scrape, so a
 * scrape never waits for the database.
 */
@ApplicationScoped
public class OutboxBacklog {
    private static final Logger LOG = Logger.getLogger(OutboxBacklog.class);

    @Inject
    EntityManager entityManager;
    @Inject
    MeterRegistry registry;

    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestAgeSeconds = new AtomicLong();

    void register(@Observes StartupEvent start) {
        Gauge.builder("netral.outbox.pending.events", pending, AtomicLong::get)
                .description("Events in the outbox not yet acknowledged by Kafka")
                .register(registry);
        Gauge.builder("netral.outbox.oldest.pending.age.seconds", oldestAgeSeconds, AtomicLong::get)
                .description("Age of the oldest event in the outbox not yet acknowledged by Kafka; 0 when none waits")
                .register(registry);
    }

    @Scheduled(every = "${netral.outbox.backlog-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void measure() {
        try {
            Object[] backlog = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery("""
                            SELECT count(*), COALESCE(floor(EXTRACT(EPOCH FROM clock_timestamp() - min(occurred_at))), 0)
                            FROM outbox_message WHERE published_at IS NULL""")
                    .getSingleResult());
            pending.set(((Number) backlog[0]).longValue());
            oldestAgeSeconds.set(((Number) backlog[1]).longValue());
        } catch (RuntimeException e) {
            // the gauges keep their last value; the database being away shows in the readiness check
            LOG.debugf("Outbox backlog not measured: %s", e.getMessage());
        }
    }
}

package id.netral.kit.inbox;

import id.netral.events.EventEnvelope;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The events that are waiting out a transient failure right now, each holding its partition. Shown on /q/metrics as
 * netral_inbound_waiting_seconds (how long the longest has waited) and in readiness ({@link InboundReadiness}).
 */
@ApplicationScoped
public class InboundWaits {
    /** One event held back, since its first transient failure; {@code failure} is the latest. */
    public record Waiting(UUID eventId, String type, Instant since, String failure) {
        public Duration waited(Instant now) {
            return Duration.between(since, now);
        }
    }

    @Inject
    MeterRegistry registry;

    private final Map<UUID, Waiting> waiting = new ConcurrentHashMap<>();

    void register(@Observes StartupEvent start) {
        Gauge.builder("netral.inbound.waiting.seconds", this,
                        waits -> waits.longest().map(w -> w.waited(Instant.now()).toSeconds()).orElse(0L))
                .description("How long the consumed event waiting longest on a transient failure has waited; 0 when "
                        + "none waits")
                .register(registry);
    }

    void waitingOn(EventEnvelope event, RuntimeException failure) {
        waiting.compute(event.id(), (id, before) -> new Waiting(id, event.type().ceType(),
                before == null ? Instant.now() : before.since(), failure.toString()));
    }

    void over(UUID eventId) {
        waiting.remove(eventId);
    }

    public Optional<Waiting> longest() {
        return waiting.values().stream().min(Comparator.comparing(Waiting::since));
    }
}

package id.netral.kit.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;
import java.time.Instant;

/**
 * Not ready while a consumed event has waited out a transient failure for longer than
 * {@code netral.inbound.not-ready-after}: what holds it (most often the database) is likely to fail requests too, and
 * the reason names the event and the failure for whoever looks.
 */
@Readiness
@ApplicationScoped
public class InboundReadiness implements HealthCheck {
    @Inject
    InboundWaits waits;
    @Inject
    InboundConfig config;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Inbound events").up();
        waits.longest().ifPresent(waiting -> {
            Duration waited = waiting.waited(Instant.now());
            response.withData("waitingEventId", waiting.eventId().toString())
                    .withData("waitingSeconds", waited.toSeconds());
            if (waited.compareTo(config.notReadyAfter()) > 0) {
                response.down().withData("reason", "event " + waiting.eventId() + " (" + waiting.type()
                        + ") has waited " + waited.toSeconds() + " s on a transient failure: " + waiting.failure());
            }
        });
        return response.build();
    }
}

package id.netral.kit.inbox;

import id.netral.events.EventEnvelope;
import id.netral.events.InvalidEventException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns a consumed Kafka record into exactly one effect. The record is checked against its contract (a poison record
 * throws at once, and the channel's dead-letter strategy parks it with the reason); then the inbox entry and the
 * handler's change commit together. A failure of the handler is retried with back-off before it is given up to the
 * dead-letter topic. The offset is committed after this returns, so after the database commit.
 */
@ApplicationScoped
public class InboundEvents {
    private static final Logger LOG = Logger.getLogger(InboundEvents.class);

    @Inject
    Inbox inbox;

    @ConfigProperty(name = "netral.inbound.max-attempts")
    int maxAttempts;

    @ConfigProperty(name = "netral.inbound.first-backoff")
    Duration firstBackoff;

    public void handle(ConsumerRecord<String, String> record, Consumer<EventEnvelope> handler) {
        EventEnvelope event = EventEnvelope.fromKafka(headers(record), record.key(), record.value());
        Duration backoff = firstBackoff;
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    if (inbox.firstDelivery(event)) {
                        handler.accept(event);
                    } else {
                        LOG.debugf("Event %s (%s) was already handled", event.id(), event.type());
                    }
                });
                return;
            } catch (InvalidEventException e) {
                throw e;
            } catch (RuntimeException e) {
                if (attempt >= maxAttempts) {
                    LOG.errorf("Event %s (%s) failed %d times, giving it to the dead-letter topic: %s", event.id(),
                            event.type(), attempt, e.toString());
                    throw e;
                }
                LOG.warnf("Event %s (%s) failed on attempt %d, retrying in %s: %s", event.id(), event.type(), attempt,
                        backoff, e.toString());
                pause(backoff);
                backoff = backoff.multipliedBy(2);
            }
        }
    }

    private static Map<String, String> headers(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : record.headers()) {
            if (header.value() != null) {
                headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        return headers;
    }

    private static void pause(Duration backoff) {
        try {
            Thread.sleep(backoff.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while backing off", e);
        }
    }
}

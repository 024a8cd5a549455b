package id.netral.kit.inbox;

import id.netral.events.EventEnvelope;
import id.netral.events.InvalidEventException;
import id.netral.kit.tracing.CaseTracing;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * Turns a consumed Kafka record into exactly one effect. The record is checked against its contract (a poison record
 * throws at once, and the channel's dead-letter strategy parks it with the reason); then the inbox entry and the
 * handler's change commit together. A failure of the handler is retried with back-off before it is given up to the
 * dead-letter topic. The offset is committed after this returns, so after the database commit.
 *
 * <p>While the service shuts down, a failing event is neither retried nor dead-lettered: its thread waits for the
 * process to end, so the event is never acknowledged and is delivered again after the restart.
 */
@ApplicationScoped
public class InboundEvents {
    private static final Logger LOG = Logger.getLogger(InboundEvents.class);

    @Inject
    Inbox inbox;
    @Inject
    MeterRegistry registry;
    @Inject
    CaseTracing tracing;
    @Inject
    InboundConfig config;

    private final CountDownLatch stopped = new CountDownLatch(1);

    void onShutdown(@Observes ShutdownEvent shutdown) {
        stopped.countDown();
    }

    public void handle(ConsumerRecord<String, String> record, Consumer<EventEnvelope> handler) {
        Map<String, String> headers = headers(record);
        EventEnvelope event;
        try {
            event = EventEnvelope.fromKafka(headers, record.key(), record.value());
        } catch (InvalidEventException e) {
            count("unknown", Outcome.INVALID);
            throw e;
        }
        tracing.continueFrom(headers, "handle " + event.type().ceType(), () -> {
            handleWithRetries(event, handler);
            return null;
        });
    }

    private void handleWithRetries(EventEnvelope event, Consumer<EventEnvelope> handler) {
        for (int attempt = 1; ; attempt++) {
            try {
                boolean first = QuarkusTransaction.requiringNew().call(() -> {
                    if (inbox.firstDelivery(event)) {
                        handler.accept(event);
                        return true;
                    }
                    LOG.debugf("Event %s (%s) was already handled", event.id(), event.type());
                    return false;
                });
                count(event.type().name(), first ? Outcome.HANDLED : Outcome.DUPLICATE);
                return;
            } catch (InvalidEventException e) {
                count(event.type().name(), Outcome.INVALID);
                throw e;
            } catch (RuntimeException e) {
                if (stopped.getCount() == 0) {
                    LOG.infof("Stopping: event %s (%s) is left for redelivery after the restart", event.id(),
                            event.type());
                    awaitProcessEnd();
                }
                if (config.givesUpAfter(attempt)) {
                    count(event.type().name(), Outcome.FAILED);
                    LOG.errorf("Event %s (%s) failed %d times, giving it to the dead-letter topic: %s", event.id(),
                            event.type(), attempt, e.toString());
                    throw e;
                }
                count(event.type().name(), Outcome.RETRIED);
                Duration backoff = config.backoffAfter(attempt);
                LOG.warnf("Event %s (%s) failed on attempt %d, retrying in %s: %s", event.id(), event.type(), attempt,
                        backoff, e.toString());
                pause(backoff);
            }
        }
    }

    /** What became of a consumed event, counted on /q/metrics as netral_inbound_events_total. */
    private enum Outcome {
        HANDLED,
        /** Delivered again and recognised by the inbox: no second effect. */
        DUPLICATE,
        /** Breaks its contract: to the dead-letter topic at once. */
        INVALID,
        /** Failed on an attempt and will be tried again. */
        RETRIED,
        /** Failed on every attempt: to the dead-letter topic. */
        FAILED
    }

    private void count(String type, Outcome outcome) {
        registry.counter("netral.inbound.events", "type", type, "outcome", outcome.name().toLowerCase(Locale.ROOT))
                .increment();
    }

    /** Never returns: an exception would hand the event to the dead-letter strategy and acknowledge it. */
    @SuppressWarnings("InfiniteLoopStatement")
    private static void awaitProcessEnd() {
        for (;;) {
            LockSupport.park();
            // the worker pool interrupts its threads when it stops; stay parked until the process exits
            Thread.interrupted();
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

    /** Waits for the back-off, or less when the service begins to stop. */
    private void pause(Duration backoff) {
        try {
            stopped.await(backoff.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while backing off", e);
        }
    }
}

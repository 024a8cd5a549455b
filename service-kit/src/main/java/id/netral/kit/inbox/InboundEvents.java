package id.netral.kit.inbox;

import id.netral.events.CloudEventHeaders;
import id.netral.events.EventEnvelope;
import id.netral.events.EventType;
import id.netral.events.InvalidEventException;
import id.netral.kit.failure.TransientFailures;
import id.netral.kit.logging.CaseLog;
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
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * Turns a consumed Kafka record into exactly one effect. The record is checked against its contract (a poison record
 * throws at once, and the channel's dead-letter strategy parks it with the reason); then the inbox entry and the
 * handler's change commit together. A deterministic failure of the handler is retried with back-off a few times before
 * it is given up to the dead-letter topic; a transient one (see {@link TransientFailures}) is waited out however long it
 * lasts, holding the partition. The offset is committed after this returns, so after the database commit.
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
    @Inject
    InboundWaits waits;

    /** Set while a dead-lettered record is replayed on this thread: where {@link #handle} leaves its outcome. */
    private static final ThreadLocal<AtomicReference<Outcome>> REPLAY = new ThreadLocal<>();

    private final CountDownLatch stopped = new CountDownLatch(1);

    void onShutdown(@Observes ShutdownEvent shutdown) {
        stopped.countDown();
    }

    /**
     * As {@link #handle(ConsumerRecord, Consumer)} for a consumer that acts on some of its topic's event types only.
     * A record of any other type is passed over before its payload is read or a transaction is opened: it changes
     * nothing here, so there is nothing to remember in the inbox (at full intake, report-service's topic carries two
     * events per submission that sanction-service does not act on).
     */
    public void handle(ConsumerRecord<String, String> record, Set<EventType> actsOn, Consumer<EventEnvelope> handler) {
        Header type = record.headers().lastHeader(CloudEventHeaders.TYPE);
        Optional<EventType> known = type == null || type.value() == null ? Optional.empty()
                : EventType.ofCeType(new String(type.value(), StandardCharsets.UTF_8));
        if (known.isPresent() && !actsOn.contains(known.get())) {
            count(known.get().name(), Outcome.PASSED_OVER);
            return;
        }
        handle(record, handler);
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
        // every line of the event's handling carries its case (the event's subject, the report id) and trace
        Outcome outcome = tracing.continueFrom(headers, "handle " + event.type().ceType(), () -> {
            try (CaseLog ignored = CaseLog.of(event.subject())) {
                return handleWithRetries(event, handler);
            }
        });
        AtomicReference<Outcome> replay = REPLAY.get();
        if (replay != null) {
            replay.set(outcome);
        }
    }

    /**
     * Runs a consumer's delivery of a record again, as a replay from the dead-letter topic: one attempt, no retry and
     * no wait, and a failure is thrown to the caller instead of going to the dead-letter topic a second time.
     *
     * @param delivery calls the consumer method, which hands the record to {@link #handle} on this thread
     * @return {@link Outcome#HANDLED} or {@link Outcome#DUPLICATE}
     */
    public Outcome replay(Runnable delivery) {
        AtomicReference<Outcome> outcome = new AtomicReference<>();
        REPLAY.set(outcome);
        try {
            delivery.run();
        } finally {
            REPLAY.remove();
        }
        if (outcome.get() == null) {
            throw new IllegalStateException("the consumer did not hand the record to InboundEvents");
        }
        return outcome.get();
    }

    private Outcome handleWithRetries(EventEnvelope event, Consumer<EventEnvelope> handler) {
        int deterministicFailures = 0;
        int transientFailures = 0;
        try {
            for (;;) {
                try {
                    Outcome outcome = attempt(event, handler);
                    count(event.type().name(), outcome);
                    return outcome;
                } catch (InvalidEventException e) {
                    count(event.type().name(), Outcome.INVALID);
                    throw e;
                } catch (RuntimeException e) {
                    if (stopped.getCount() == 0) {
                        LOG.infof("Stopping: event %s (%s) is left for redelivery after the restart", event.id(),
                                event.type());
                        awaitProcessEnd();
                    }
                    if (REPLAY.get() != null) {
                        throw e;
                    }
                    Duration backoff;
                    if (TransientFailures.isTransient(e)) {
                        // a database fail-over or a lock conflict passes: the partition waits, nothing is given up
                        backoff = config.backoffAfter(++transientFailures);
                        waits.waitingOn(event, e);
                        count(event.type().name(), Outcome.WAITING);
                        LOG.warnf("Event %s (%s) waits out a transient failure (%d so far), retrying in %s: %s",
                                event.id(), event.type(), transientFailures, backoff, e.toString());
                    } else if (config.givesUpAfter(++deterministicFailures)) {
                        count(event.type().name(), Outcome.FAILED);
                        LOG.errorf("Event %s (%s) failed %d times, giving it to the dead-letter topic: %s",
                                event.id(), event.type(), deterministicFailures, e.toString());
                        throw e;
                    } else {
                        backoff = config.backoffAfter(deterministicFailures);
                        count(event.type().name(), Outcome.RETRIED);
                        LOG.warnf("Event %s (%s) failed on attempt %d, retrying in %s: %s", event.id(), event.type(),
                                deterministicFailures, backoff, e.toString());
                    }
                    pause(backoff);
                }
            }
        } finally {
            waits.over(event.id());
        }
    }

    private Outcome attempt(EventEnvelope event, Consumer<EventEnvelope> handler) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (inbox.firstDelivery(event)) {
                handler.accept(event);
                return Outcome.HANDLED;
            }
            LOG.debugf("Event %s (%s) was already handled", event.id(), event.type());
            return Outcome.DUPLICATE;
        });
    }

    /** What became of a consumed event, counted on /q/metrics as netral_inbound_events_total. */
    public enum Outcome {
        HANDLED,
        /** Delivered again and recognised by the inbox: no second effect. */
        DUPLICATE,
        /** Of a type this consumer does not act on: passed over, unread. */
        PASSED_OVER,
        /** Breaks its contract: to the dead-letter topic at once. */
        INVALID,
        /** Failed deterministically on an attempt and will be tried again. */
        RETRIED,
        /** Failed transiently (database or broker away, lock conflict): waits and is tried again, without limit. */
        WAITING,
        /** Failed deterministically on every attempt: to the dead-letter topic. */
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

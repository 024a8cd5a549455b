package id.netral.notification.delivery;

import id.netral.kit.logging.CaseLog;
import id.netral.kit.logging.DetachedWork;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends PENDING notices on every channel (e-mail, webhook), outside the transaction that stored them: right after that
 * commit and, for retries and for anything a crash left behind, on a schedule. Each channel has runners of its own, so
 * an endpoint that answers slowly holds back only webhooks, never the e-mails; up to
 * {@link DeliveryConfig#concurrency()} of them per channel, since a delivery mostly waits (on the mail server, the
 * endpoint, its two commits) and one at a time left a burst of recommendations queueing behind each other's letters.
 * Runners (this replica's and other replicas') claim different deliveries, so none is sent twice. If the process dies between sending
 * and recording, the delivery is sent again after its lease under the same id (the mail's Message-ID, the webhook's
 * Idempotency-Key): at-least-once, recognisably so.
 */
@ApplicationScoped
public class DeliveryWorker {
    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    @Inject
    @Any
    Instance<ChannelLedger<?, ?>> ledgers;
    /** not the ManagedExecutor: each runner names the cases it delivers in a log context of its own */
    @Inject
    DetachedWork background;

    @Inject
    DeliveryConfig config;

    private final Map<Channel, Runners> runners = new EnumMap<>(Channel.class);

    @PostConstruct
    void prepare() {
        ledgers.forEach(ledger -> runners.put(ledger.channel(), new Runners(ledger)));
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationQueued queued) {
        requestEveryChannel();
    }

    @Scheduled(every = "${netral.notification.delivery.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        requestEveryChannel();
    }

    private void requestEveryChannel() {
        runners.values().forEach(Runners::request);
    }

    /**
     * A channel's runners. A request (a commit, a poll) starts one more while there is room; a runner sends until
     * nothing is due and goes round once more when a request came meanwhile, so no notice waits for the next poll, and
     * a burst takes at most the configured number of worker threads and database connections.
     */
    private final class Runners {
        private final ChannelLedger<?, ?> ledger;
        private final AtomicInteger requests = new AtomicInteger();
        private final AtomicInteger running = new AtomicInteger();

        Runners(ChannelLedger<?, ?> ledger) {
            this.ledger = ledger;
        }

        void request() {
            requests.incrementAndGet();
            startIfRoom();
        }

        private void startIfRoom() {
            int now;
            do {
                now = running.get();
                if (now >= config.concurrency()) {
                    return;
                }
            } while (!running.compareAndSet(now, now + 1));
            background.start(this::deliverWhileRequested);
        }

        private void deliverWhileRequested() {
            int seen;
            do {
                seen = requests.get();
                deliverDue(ledger);
            } while (seen != requests.get());
            running.decrementAndGet();
            // a request that came between the last look and leaving found no room: take it up
            if (seen != requests.get()) {
                startIfRoom();
            }
        }
    }

    /** Sends every delivery of the channel that is due now. */
    private <M> void deliverDue(ChannelLedger<?, M> ledger) {
        try {
            for (Optional<Claim<M>> next = ledger.claimNext(); next.isPresent(); next = ledger.claimNext()) {
                send(ledger, next.get());
            }
        } catch (RuntimeException e) {
            // the database is away: what was claimed comes back when its lease runs out
            LOG.warnf("%s delivery paused, will retry on the next poll: %s", ledger.channel(), e.getMessage());
        }
    }

    private static <M> void send(ChannelLedger<?, M> ledger, Claim<M> claim) {
        // what the channel answered and what becomes of the delivery is logged under the notice's case
        try (CaseLog ignored = CaseLog.of(claim.caseId())) {
            sendAndRecord(ledger, claim);
        }
    }

    private static <M> void sendAndRecord(ChannelLedger<?, M> ledger, Claim<M> claim) {
        try {
            ledger.send(claim.message());
        } catch (DeliveryRefused refused) {
            ledger.recordFailure(claim, ledger.categorize(refused), "refused: " + refused.getMessage(), true);
            return;
        } catch (RuntimeException e) {
            ledger.recordFailure(claim, ledger.categorize(e), describe(e), false);
            return;
        }
        ledger.recordDelivered(claim);
    }

    /** The innermost cause says what the mail server or the endpoint answered; the wrappers around it do not. */
    private static String describe(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}

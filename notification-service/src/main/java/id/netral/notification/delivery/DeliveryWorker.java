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
 * commit and, for retries and for anything a crash left behind, on a schedule. Each channel has a runner of its own, so
 * an endpoint that answers slowly holds back only webhooks, never the e-mails. Runs may overlap (this replica's runner
 * and other replicas'); each claims different deliveries, so none is sent twice. If the process dies between sending
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

    // Per channel, the requests (commits, polls) since its runner last looked. At most one runner per channel goes at a
    // time, so a burst of recommendations does not take every worker thread and database connection; a request during
    // a run makes it go round once more, so no notice waits for the next poll.
    private final Map<Channel, AtomicInteger> requests = new EnumMap<>(Channel.class);

    @PostConstruct
    void prepare() {
        for (Channel channel : Channel.values()) {
            requests.put(channel, new AtomicInteger());
        }
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
        ledgers.forEach(this::request);
    }

    /** Starts the channel's runner unless it is running; a running one goes round once more. */
    private void request(ChannelLedger<?, ?> ledger) {
        AtomicInteger pending = requests.get(ledger.channel());
        if (pending.getAndIncrement() == 0) {
            background.start(() -> deliverWhileRequested(ledger, pending));
        }
    }

    private void deliverWhileRequested(ChannelLedger<?, ?> ledger, AtomicInteger pending) {
        int answered;
        do {
            answered = pending.get();
            deliverDue(ledger);
        } while (!pending.compareAndSet(answered, 0));
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

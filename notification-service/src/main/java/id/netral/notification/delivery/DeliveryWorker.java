package id.netral.notification.delivery;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends PENDING notices on every channel (e-mail, webhook), outside the transaction that stored them: right after that
 * commit and, for retries and for anything a crash left behind, on a schedule. Runs may overlap (the poll, the
 * triggered run, other replicas); each claims different deliveries, so none is sent twice. If the process dies between
 * sending and recording, the delivery is sent again after its lease under the same id (the mail's Message-ID, the
 * webhook's Idempotency-Key): at-least-once, recognisably so.
 */
@ApplicationScoped
public class DeliveryWorker {
    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    @Inject
    @Any
    Instance<ChannelLedger<?, ?>> ledgers;
    @Inject
    ManagedExecutor executor;

    // Commits that asked for a run since the triggered run last looked. At most one triggered run goes at a time, so a
    // burst of recommendations does not take every worker thread and database connection; a commit during a run
    // makes it go round once more, so no notice waits for the next poll.
    private final AtomicInteger requests = new AtomicInteger();

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationQueued queued) {
        if (requests.getAndIncrement() == 0) {
            executor.execute(this::deliverWhileRequested);
        }
    }

    private void deliverWhileRequested() {
        int answered;
        do {
            answered = requests.get();
            deliverDue();
        } while (!requests.compareAndSet(answered, 0));
    }

    @Scheduled(every = "${netral.notification.delivery.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        deliverDue();
    }

    /** Sends every delivery that is due now, channel by channel in the order of {@link Channel}. */
    void deliverDue() {
        try {
            for (ChannelLedger<?, ?> ledger : channelsInOrder()) {
                deliverDue(ledger);
            }
        } catch (RuntimeException e) {
            // the database is away: what was claimed comes back when its lease runs out
            LOG.warnf("Delivery paused, will retry on the next poll: %s", e.getMessage());
        }
    }

    private List<ChannelLedger<?, ?>> channelsInOrder() {
        return ledgers.stream().sorted(Comparator.comparing(ChannelLedger::channel)).toList();
    }

    private <M> void deliverDue(ChannelLedger<?, M> ledger) {
        for (Optional<Claim<M>> next = ledger.claimNext(); next.isPresent(); next = ledger.claimNext()) {
            send(ledger, next.get());
        }
    }

    private static <M> void send(ChannelLedger<?, M> ledger, Claim<M> claim) {
        try {
            ledger.send(claim.message());
        } catch (DeliveryRefused refused) {
            ledger.recordFailure(claim, "refused: " + refused.getMessage(), true);
            return;
        } catch (RuntimeException e) {
            ledger.recordFailure(claim, describe(e), false);
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

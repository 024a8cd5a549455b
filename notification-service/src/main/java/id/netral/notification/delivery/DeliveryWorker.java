package id.netral.notification.delivery;

import id.netral.notification.webhook.OutgoingWebhook;
import id.netral.notification.webhook.WebhookCheck;
import id.netral.notification.webhook.WebhookLedger;
import id.netral.notification.webhook.WebhookPolicy;
import id.netral.notification.webhook.WebhookSender;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends PENDING notices by e-mail, outside the transaction that stored them: right after that commit and, for
 * retries and for anything a crash left behind, on a schedule. Runs may overlap (the poll, the triggered run, other
 * replicas); each claims different notices, so none is sent twice. If the process dies between sending and
 * recording, the notice is sent again after its lease with the same Message-ID: at-least-once, recognisably so.
 */
@ApplicationScoped
public class DeliveryWorker {
    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    @Inject
    DeliveryLedger ledger;
    @Inject
    NoticeMailer mailer;
    @Inject
    ManagedExecutor executor;
    @Inject
    WebhookLedger webhooks;
    @Inject
    WebhookSender webhookSender;
    @Inject
    WebhookPolicy webhookPolicy;

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

    /** Sends every notice that is due now, by e-mail and by webhook. */
    void deliverDue() {
        try {
            for (Optional<OutgoingMail> next = ledger.claimNext(); next.isPresent(); next = ledger.claimNext()) {
                send(next.get());
            }
            for (Optional<OutgoingWebhook> next = webhooks.claimNext(); next.isPresent();
                 next = webhooks.claimNext()) {
                send(next.get());
            }
        } catch (RuntimeException e) {
            // the database is away: what was claimed comes back when its lease runs out
            LOG.warnf("Delivery paused, will retry on the next poll: %s", e.getMessage());
        }
    }

    private void send(OutgoingMail mail) {
        try {
            mailer.send(mail);
        } catch (RuntimeException e) {
            ledger.recordFailure(mail, describe(e));
            return;
        }
        ledger.recordDelivered(mail);
    }

    private void send(OutgoingWebhook webhook) {
        WebhookCheck check = webhook.secret() == null
                ? new WebhookCheck.Refused("the OPD no longer has a webhook secret in the directory")
                : webhookPolicy.check(webhook.url());
        if (check instanceof WebhookCheck.Refused refused) {
            webhooks.recordFailure(webhook, "refused: " + refused.reason(), true);
            return;
        }
        try {
            // the addresses just checked, so that the sender does not look the host up again
            webhookSender.send(webhook, ((WebhookCheck.Approved) check).target());
        } catch (RuntimeException e) {
            webhooks.recordFailure(webhook, describe(e), false);
            return;
        }
        webhooks.recordDelivered(webhook);
    }

    /** The innermost cause says what the SMTP server answered; the wrappers around it do not. */
    private static String describe(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}

package id.netral.notification.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.netral.notification.FailureCategory;
import id.netral.notification.Notification;
import id.netral.notification.directory.Opd;
import id.netral.notification.followup.AcknowledgementLinks;
import id.netral.notification.webhook.OutgoingWebhook;
import id.netral.notification.webhook.WebhookCheck;
import id.netral.notification.webhook.WebhookFailure;
import id.netral.notification.webhook.WebhookNotice;
import id.netral.notification.webhook.WebhookPolicy;
import id.netral.notification.webhook.WebhookSender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;

/**
 * Notices by signed webhook, one {@link WebhookDelivery} row each, POSTed to the office's endpoint once the policy
 * lets it through. A refused endpoint is given up at once: trying again cannot help until an admin changes it.
 */
@ApplicationScoped
class WebhookLedger extends ChannelLedger<WebhookDelivery, OutgoingWebhook> {
    @Inject
    ObjectMapper json;
    @Inject
    AcknowledgementLinks links;
    @Inject
    WebhookPolicy policy;
    @Inject
    WebhookSender sender;

    WebhookLedger() {
        super(Channel.WEBHOOK, WebhookDelivery.class, "webhook_delivery", null);
    }

    @Override
    public void send(OutgoingWebhook webhook) {
        WebhookCheck check = webhook.secrets().isEmpty()
                ? new WebhookCheck.Refused("the OPD no longer has a webhook secret in the directory")
                : policy.check(webhook.url());
        if (check instanceof WebhookCheck.Refused refused) {
            throw new DeliveryRefused(refused.reason());
        }
        // the addresses just checked, so that the sender does not look the host up again
        sender.send(webhook, ((WebhookCheck.Approved) check).target());
    }

    @Override
    protected FailureCategory categorize(RuntimeException failure) {
        if (failure instanceof DeliveryRefused) {
            return FailureCategory.WEBHOOK_ADDRESS_NOT_ALLOWED;
        }
        if (failure instanceof WebhookFailure webhookFailure) {
            return switch (webhookFailure.kind()) {
                case REFUSED -> FailureCategory.WEBHOOK_REFUSED;
                case UNREACHABLE -> FailureCategory.WEBHOOK_UNREACHABLE;
                case TIMEOUT -> FailureCategory.WEBHOOK_TIMEOUT;
            };
        }
        return FailureCategory.OTHER;
    }

    @Override
    protected OutgoingWebhook message(WebhookDelivery delivery) {
        Notification notification = Notification.findById(delivery.notificationId);
        // the secrets as the office has them now: a new secret signs the retries of older deliveries too, and the
        // one it replaced alongside while the receiver may still be switching
        List<String> secrets = Opd.<Opd>findByIdOptional(notification.recipientOffice)
                .map(office -> office.webhookSecrets(clock.instant())).orElse(List.of());
        return new OutgoingWebhook(delivery.id, notification.id, delivery.attempts, delivery.url, secrets,
                body(delivery, notification));
    }

    @Override
    protected Optional<WebhookDelivery> failedRow(Notification notice) {
        Optional<WebhookDelivery> failed = WebhookDelivery.ofNotification(notice.id)
                .filter(delivery -> delivery.status == WebhookDelivery.Status.FAILED);
        failed.ifPresent(delivery -> entityManager.lock(delivery, LockModeType.PESSIMISTIC_WRITE));
        return failed;
    }

    /** A notice that goes by webhook only has its webhook's status. */
    @Override
    protected boolean decides(Notification notice) {
        return !notice.byEmail;
    }

    private String body(WebhookDelivery delivery, Notification notification) {
        try {
            return json.writeValueAsString(new WebhookNotice(delivery.id, notification.id, notification.reportId,
                    notification.recommendationId, notification.recipientRole.name(), notification.kind.name(),
                    notification.opdCode,
                    notification.subject, notification.body, notification.createdAt,
                    // the e-mail carries the link; a notice by webhook only carries it here, the same on every attempt
                    notification.byEmail ? null : links.linkFor(notification).orElse(null)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a notice is always writable as JSON", e);
        }
    }
}

package id.netral.console.admin;

import id.netral.console.services.AdminViews.Delivery;
import id.netral.console.services.AdminViews.WebhookChannel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A notice that failed on at least one channel, with each channel that failed: notification-service lists the
 * notices failed by e-mail and those failed by webhook separately (a notice sent both ways counts as delivered once
 * its e-mail arrives, while its webhook may have failed), and one notice may be in both lists.
 *
 * @param channels each failed channel, e-mail first
 */
public record FailedNotice(Delivery delivery, List<FailedChannel> channels) {

    /**
     * One channel's failure as the admin reads it.
     *
     * @param webhook  whether it is the webhook (else the e-mail)
     * @param address  where it was sent: the mail address or the webhook's URL
     * @param attempts how many times this channel was tried since it was last queued; null when not known
     * @param failure  the kind of the last failure (a code the page puts in words); null when not known
     * @param answer   what the mail server or the receiver answered, word for word; null when not known
     */
    public record FailedChannel(boolean webhook, String address, Integer attempts, String failure, String answer) {
        /** Whether the service said how many times it tried (a page must not show an unknown count as 0). */
        public boolean attemptsKnown() {
            return attempts != null;
        }
    }

    /** Whether the e-mail reached its recipient and only the webhook failed: the notice itself counts as delivered. */
    public boolean emailDelivered() {
        return "DELIVERED".equals(delivery.status());
    }

    /**
     * @param failedByEmail   the notices whose e-mail failed, as notification-service lists them (oldest first)
     * @param failedByWebhook the notices whose webhook failed
     * @return each notice once, the oldest first, with every channel that failed
     */
    public static List<FailedNotice> of(List<Delivery> failedByEmail, List<Delivery> failedByWebhook) {
        Map<UUID, Delivery> notices = new LinkedHashMap<>();
        Map<UUID, List<FailedChannel>> channels = new LinkedHashMap<>();
        for (Delivery d : failedByEmail) {
            notices.putIfAbsent(d.id(), d);
            channels.computeIfAbsent(d.id(), id -> new ArrayList<>())
                    .add(new FailedChannel(false, d.address(), d.attempts(), d.lastFailure(), d.lastError()));
        }
        for (Delivery d : failedByWebhook) {
            notices.putIfAbsent(d.id(), d);
            WebhookChannel webhook = d.webhook();
            channels.computeIfAbsent(d.id(), id -> new ArrayList<>()).add(webhook == null
                    // listed as failed by webhook but without its webhook part: say what is known, not a made-up count
                    ? new FailedChannel(true, null, null, null, null)
                    : new FailedChannel(true, webhook.url(), webhook.attempts(), webhook.lastFailure(),
                    webhook.lastError()));
        }
        List<FailedNotice> failed = new ArrayList<>();
        notices.forEach((id, d) -> failed.add(new FailedNotice(d, List.copyOf(channels.get(id)))));
        failed.sort(Comparator.comparing((FailedNotice f) -> f.delivery().createdAt(),
                Comparator.nullsLast(Comparator.naturalOrder())));
        return failed;
    }
}

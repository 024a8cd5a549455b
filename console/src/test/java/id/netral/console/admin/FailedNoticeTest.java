package id.netral.console.admin;

import id.netral.console.admin.FailedNotice.FailedChannel;
import id.netral.console.services.AdminViews.Delivery;
import id.netral.console.services.AdminViews.WebhookChannel;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The failed-deliveries page's cards: one per notice, each channel that failed with its own count of attempts. */
class FailedNoticeTest {
    private static final Instant EARLY = Instant.parse("2024-10-07T01:00:00Z");
    private static final Instant LATE = Instant.parse("2024-10-08T01:00:00Z");

    @Test
    void aWebhookThatFailedBesideADeliveredEmailIsListedWithTheWebhooksOwnAttempts() {
        Delivery webhookFailed = delivery(EARLY, "DELIVERED", 1, null,
                new WebhookChannel("https://dishub.example/netral", "FAILED", 3, "WEBHOOK_REFUSED", "HTTP 503", null));

        List<FailedNotice> failed = FailedNotice.of(List.of(), List.of(webhookFailed));

        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).emailDelivered()).isTrue();
        assertThat(failed.get(0).channels()).containsExactly(
                new FailedChannel(true, "https://dishub.example/netral", 3, "WEBHOOK_REFUSED", "HTTP 503"));
    }

    @Test
    void aNoticeFailedOnBothChannelsIsOneCardWithBothAndTheNoticesAreOldestFirst() {
        Delivery both = delivery(LATE, "FAILED", 5, "MAILBOX_FULL",
                new WebhookChannel("https://dishub.example/netral", "FAILED", 3, "WEBHOOK_REFUSED", null, null));
        Delivery emailOnly = delivery(EARLY, "FAILED", 5, "MAILBOX_FULL", null);

        List<FailedNotice> failed = FailedNotice.of(List.of(both, emailOnly), List.of(both));

        assertThat(failed).extracting(FailedNotice::delivery).containsExactly(emailOnly, both);
        assertThat(failed.get(1).channels()).extracting(FailedChannel::webhook, FailedChannel::attempts)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(false, 5),
                        org.assertj.core.groups.Tuple.tuple(true, 3));
        assertThat(failed.get(1).emailDelivered()).isFalse();
    }

    @Test
    void aWebhookFailureWithoutItsWebhookPartHasNoCountRatherThanAWrongZero() {
        List<FailedNotice> failed = FailedNotice.of(List.of(), List.of(delivery(EARLY, "FAILED", 0, null, null)));

        FailedChannel webhook = failed.get(0).channels().get(0);
        assertThat(webhook.attemptsKnown()).isFalse();
        assertThat(webhook.attempts()).isNull();
    }

    private static Delivery delivery(Instant createdAt, String status, int attempts, String lastFailure,
                                     WebhookChannel webhook) {
        return new Delivery(UUID.randomUUID(), "NOTICE", UUID.randomUUID(), "OPD_HEAD", "DISHUB", "DISHUB",
                "kepala.dishub@kupangkota.example", status, attempts, lastFailure, null, null, createdAt, null,
                webhook);
    }
}

package id.netral.notification.directory;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which secrets sign an office's webhooks as an admin sets and replaces them. */
class WebhookSecretRotationTest {
    private static final Instant NOW = Instant.parse("2024-11-28T01:30:00Z");
    private static final Duration OVERLAP = Duration.ofDays(3);
    private static final String URL = "https://dms.dishub.kupangkota.example/netral";
    private static final String FIRST = "whsec_MDEyMzQ1Njc4OWFiY2RlZmdoaWprbG1ub3Bxcg==";
    private static final String SECOND = "whsec_c2Vjb25kLXNlY3JldC1vZi1kaXNodWItMjAyNA==";
    private static final String THIRD = "rahasia-ketiga-dinas-perhubungan-kota-kupang";

    @Test
    void aReplacedSecretSignsSecondUntilItsWindowEnds() {
        Opd office = new Opd();
        office.setWebhook(URL, FIRST, NOW, OVERLAP);
        assertThat(office.webhookSecrets(NOW)).containsExactly(FIRST);

        office.setWebhook(URL, SECOND, NOW, OVERLAP);
        assertThat(office.webhookSecrets(NOW.plus(OVERLAP).minusSeconds(1))).containsExactly(SECOND, FIRST);
        assertThat(office.webhookSecrets(NOW.plus(OVERLAP))).containsExactly(SECOND);

        // a new URL with the same secret leaves the window as it was
        office.setWebhook(URL + "/v2", SECOND, NOW.plusSeconds(60), OVERLAP);
        assertThat(office.webhookSecrets(NOW.plusSeconds(120))).containsExactly(SECOND, FIRST);
    }

    @Test
    void withoutOverlapOnlyTheNewSecretSignsNotEvenOneReplacedBefore() {
        Opd office = new Opd();
        office.setWebhook(URL, FIRST, NOW, OVERLAP);
        office.setWebhook(URL, SECOND, NOW, OVERLAP);
        // a leak: the admin replaces the secret with no overlap, and FIRST, still in its window, must stop too
        office.setWebhook(URL, THIRD, NOW.plusSeconds(60), Duration.ZERO);
        assertThat(office.webhookSecrets(NOW.plusSeconds(120))).isEqualTo(List.of(THIRD));
    }

    @Test
    void aRemovedWebhookLeavesNoSecretToSignWith() {
        Opd office = new Opd();
        office.setWebhook(URL, FIRST, NOW, OVERLAP);
        office.setWebhook(URL, SECOND, NOW, OVERLAP);
        office.removeWebhook();
        assertThat(office.webhookSecrets(NOW)).isEmpty();
        assertThat(office.webhookPreviousSecret).isNull();
        assertThat(office.webhookPreviousSecretUntil).isNull();
    }
}

package id.netral.kit.ratelimit;

import id.netral.kit.KitSettings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RateLimitsTest {
    private final AtomicLong nanoTime = new AtomicLong(1_000_000_000L);
    private final RateLimits rateLimits = new RateLimits(KitSettings.read(RateLimitConfig.class, Map.of(
            "netral.rate-limit.tracking-per-address.per-minute", "3",
            "netral.rate-limit.submission-per-client.per-minute", "1")), nanoTime::get);

    @Test
    void aKeyMayUseItsWholeBudgetAtOnceThenIsRefused() {
        for (int i = 0; i < 3; i++) {
            rateLimits.take("tracking-per-address", "10.0.0.1");
        }

        assertThatThrownBy(() -> rateLimits.take("tracking-per-address", "10.0.0.1"))
                .isInstanceOf(RateLimitExceeded.class)
                .hasMessageContaining("tracking-per-address");
    }

    @Test
    void theRefusalSaysWhenTheNextRequestWillBeAllowed() {
        exhaust("tracking-per-address", "10.0.0.1", 3);
        advance(Duration.ofSeconds(5));

        // three a minute: a token every 20 s, of which 5 s have passed
        assertThatThrownBy(() -> rateLimits.take("tracking-per-address", "10.0.0.1"))
                .isInstanceOfSatisfying(RateLimitExceeded.class, e -> assertThat(e.retryAfterSeconds()).isEqualTo(15))
                .hasMessageContaining("try again in 15 s");
    }

    @Test
    void theBudgetRefillsWithTime() {
        exhaust("tracking-per-address", "10.0.0.1", 3);

        advance(Duration.ofSeconds(19));
        assertThatThrownBy(() -> rateLimits.take("tracking-per-address", "10.0.0.1"))
                .isInstanceOf(RateLimitExceeded.class);
        advance(Duration.ofSeconds(2));
        assertThatCode(() -> rateLimits.take("tracking-per-address", "10.0.0.1")).doesNotThrowAnyException();
    }

    @Test
    void aLongPauseRefillsNoMoreThanTheLimit() {
        advance(Duration.ofHours(1));

        exhaust("tracking-per-address", "10.0.0.1", 3);
        assertThatThrownBy(() -> rateLimits.take("tracking-per-address", "10.0.0.1"))
                .isInstanceOf(RateLimitExceeded.class);
    }

    @Test
    void separateKeysDoNotShareABudget() {
        exhaust("tracking-per-address", "10.0.0.1", 3);

        assertThatCode(() -> rateLimits.take("tracking-per-address", "10.0.0.2")).doesNotThrowAnyException();
    }

    @Test
    void separateLimitsDoNotShareABudgetForTheSameKey() {
        exhaust("submission-per-client", "bawaslu-intake", 1);

        assertThatCode(() -> rateLimits.take("tracking-per-address", "bawaslu-intake")).doesNotThrowAnyException();
        assertThatThrownBy(() -> rateLimits.take("submission-per-client", "bawaslu-intake"))
                .isInstanceOfSatisfying(RateLimitExceeded.class, e -> assertThat(e.retryAfterSeconds()).isEqualTo(60));
    }

    @Test
    void switchedOffLimitsRefuseNothing() {
        RateLimits off = new RateLimits(KitSettings.read(RateLimitConfig.class, Map.of(
                "netral.rate-limit.enabled", "false")), nanoTime::get);

        assertThatCode(() -> {
            for (int i = 0; i < 100; i++) {
                off.take("tracking-per-address", "10.0.0.1");
            }
        }).doesNotThrowAnyException();
    }

    @Test
    void aLimitNoOneConfiguredIsAnErrorNamingTheKey() {
        assertThatThrownBy(() -> rateLimits.take("export-per-client", "console"))
                .hasMessageContaining("netral.rate-limit.export-per-client.per-minute");
    }

    private void exhaust(String limit, String key, int times) {
        for (int i = 0; i < times; i++) {
            rateLimits.take(limit, key);
        }
    }

    private void advance(Duration duration) {
        nanoTime.addAndGet(duration.toNanos());
    }
}

package id.netral.kit.ratelimit;

import id.netral.kit.KitSettings;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RateLimitConfigTest {

    @Test
    void eachNamedLimitIsReadAndLimitsAreOnByDefault() {
        RateLimitConfig limits = KitSettings.read(RateLimitConfig.class, Map.of(
                "netral.rate-limit.submission-per-client.per-minute", "120",
                "netral.rate-limit.tracking-per-address.per-minute", "30"));

        assertThat(limits.enabled()).isTrue();
        assertThat(limits.limits()).containsOnlyKeys("submission-per-client", "tracking-per-address");
        assertThat(limits.limits().get("submission-per-client").perMinute()).isEqualTo(120);
        assertThat(limits.limits().get("tracking-per-address").perMinute()).isEqualTo(30);
    }

    @Test
    void limitsCanBeSwitchedOff() {
        RateLimitConfig limits = KitSettings.read(RateLimitConfig.class, Map.of("netral.rate-limit.enabled", "false"));

        assertThat(limits.enabled()).isFalse();
    }

    @Test
    void anEnvironmentVariableOverridesALimitTheServiceSets() {
        // what the benchmark does: NETRAL_RATE_LIMIT_SUBMISSION_PER_CLIENT_PER_MINUTE over application.properties
        RateLimitConfig limits = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(
                        Map.of("netral.rate-limit.submission-per-client.per-minute", "120"), "application", 250))
                .withSources(new EnvConfigSource(
                        Map.of("NETRAL_RATE_LIMIT_SUBMISSION_PER_CLIENT_PER_MINUTE", "1000000"), 300))
                .withMapping(RateLimitConfig.class)
                .build().getConfigMapping(RateLimitConfig.class);

        assertThat(limits.limits()).containsOnlyKeys("submission-per-client");
        assertThat(limits.limits().get("submission-per-client").perMinute()).isEqualTo(1_000_000);
    }

    @Test
    void aLimitBelowOneIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> KitSettings.read(RateLimitConfig.class,
                Map.of("netral.rate-limit.tracking-per-address.per-minute", "0")))
                .hasMessageContaining("netral.rate-limit.tracking-per-address.per-minute");
    }

    @Test
    void anUnparsableLimitIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> KitSettings.read(RateLimitConfig.class,
                Map.of("netral.rate-limit.tracking-per-address.per-minute", "thirty")))
                .hasMessageContaining("netral.rate-limit.tracking-per-address.per-minute");
    }
}

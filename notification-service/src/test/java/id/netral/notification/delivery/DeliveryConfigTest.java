package id.netral.notification.delivery;

import id.netral.infra.ConfigMappings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeliveryConfigTest {
    private static final String PREFIX = "netral.notification.delivery.";

    private static Map<String, String> production() {
        return new HashMap<>(Map.of(PREFIX + "poll-interval", "5s", PREFIX + "max-attempts", "10",
                PREFIX + "first-backoff", "30s", PREFIX + "max-backoff", "1h", PREFIX + "lease", "5m",
                PREFIX + "concurrency", "4"));
    }

    @Test
    void theKeysOfTheDeploymentsAreRead() {
        DeliveryConfig config = ConfigMappings.read(DeliveryConfig.class, production());
        assertThat(config.pollInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.maxAttempts()).isEqualTo(10);
        assertThat(config.firstBackoff()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.maxBackoff()).isEqualTo(Duration.ofHours(1));
        assertThat(config.lease()).isEqualTo(Duration.ofMinutes(5));
        assertThat(config.concurrency()).isEqualTo(4);
    }

    @ParameterizedTest
    @CsvSource({"max-attempts, 0", "max-attempts, ten", "first-backoff, -30s", "max-backoff, 0s", "lease, soon",
            "poll-interval, 0s", "concurrency, 0", "concurrency, many"})
    void aWrongValueFailsNamingItsKey(String key, String value) {
        Map<String, String> properties = production();
        properties.put(PREFIX + key, value);
        assertThatThrownBy(() -> ConfigMappings.read(DeliveryConfig.class, properties))
                .hasMessageContaining(PREFIX + key);
    }

    @Test
    void aMissingValueFailsNamingItsKey() {
        Map<String, String> properties = production();
        properties.remove(PREFIX + "lease");
        assertThatThrownBy(() -> ConfigMappings.read(DeliveryConfig.class, properties))
                .hasMessageContaining(PREFIX + "lease");
    }
}

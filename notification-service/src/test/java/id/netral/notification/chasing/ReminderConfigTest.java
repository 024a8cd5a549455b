package id.netral.notification.chasing;

import id.netral.infra.ConfigMappings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReminderConfigTest {
    private static final String PREFIX = "netral.notification.reminder.";

    private static Map<String, String> production() {
        return new HashMap<>(Map.of(PREFIX + "first-after", "3d", PREFIX + "every", "2d", PREFIX + "max", "3",
                PREFIX + "poll-interval", "1m"));
    }

    @Test
    void theKeysOfTheDeploymentsAreRead() {
        ReminderConfig config = ConfigMappings.read(ReminderConfig.class, production());
        assertThat(config.firstAfter()).isEqualTo(Duration.ofDays(3));
        assertThat(config.every()).isEqualTo(Duration.ofDays(2));
        assertThat(config.max()).isEqualTo(3);
        assertThat(config.pollInterval()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void noRemindersAtAllIsAllowed() {
        Map<String, String> properties = production();
        properties.put(PREFIX + "max", "0");
        assertThat(ConfigMappings.read(ReminderConfig.class, properties).max()).isZero();
    }

    @ParameterizedTest
    @CsvSource({"max, -1", "max, three", "every, 0s", "first-after, -1d", "poll-interval, often"})
    void aWrongValueFailsNamingItsKey(String key, String value) {
        Map<String, String> properties = production();
        properties.put(PREFIX + key, value);
        assertThatThrownBy(() -> ConfigMappings.read(ReminderConfig.class, properties))
                .hasMessageContaining(PREFIX + key);
    }
}

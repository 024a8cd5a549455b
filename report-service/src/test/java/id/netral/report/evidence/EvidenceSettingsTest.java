package id.netral.report.evidence;

import id.netral.infra.ConfigMappings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvidenceSettingsTest {
    private static final String PREFIX = "netral.evidence.";

    private static Map<String, String> asShipped() {
        return new HashMap<>(Map.of(PREFIX + "media-types", "image/jpeg,image/png,application/pdf",
                PREFIX + "max-bytes", "10485760"));
    }

    @Test
    void theShippedLimitsAreRead() {
        EvidenceSettings settings = ConfigMappings.read(EvidenceSettings.class, asShipped());
        assertThat(settings.mediaTypes()).containsExactlyInAnyOrder("image/jpeg", "image/png", "application/pdf");
        assertThat(settings.maxBytes()).isEqualTo(10_485_760L);
        assertThat(settings.maxFilesPerReport()).as("default").isEqualTo(20);
        assertThat(settings.maxBytesPerReport()).as("default").isEqualTo(104_857_600L);
    }

    @ParameterizedTest
    @CsvSource({"max-bytes, 0", "max-bytes, -1", "max-bytes, 10MB", "media-types, ''",
            "max-files-per-report, 0", "max-bytes-per-report, -5"})
    void aWrongLimitStopsTheServiceNamingItsKey(String key, String value) {
        Map<String, String> settings = asShipped();
        settings.put(PREFIX + key, value);
        assertThatThrownBy(() -> ConfigMappings.read(EvidenceSettings.class, settings))
                .hasMessageContaining(PREFIX + key);
    }
}

package id.netral.kit.outbox;

import id.netral.kit.KitSettings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutboxConfigTest {

    @Test
    void theKitsDefaultsApplyWhenAServiceSetsNothing() {
        OutboxConfig outbox = KitSettings.read(OutboxConfig.class, Map.of());

        assertThat(outbox.compression()).isEqualTo("none");
        assertThat(outbox.batchSize()).isEqualTo(200);
        assertThat(outbox.retention()).isEqualTo(Duration.ofDays(7));
        assertThat(outbox.pollInterval()).isEqualTo("1s");
        assertThat(outbox.purgeInterval()).isEqualTo("1h");
        assertThat(outbox.backlogInterval()).isEqualTo("15s");
    }

    @Test
    void aMisspeltKeyIsRefusedNamingIt() {
        assertThatThrownBy(() -> KitSettings.read(OutboxConfig.class, Map.of("netral.outbox.batchsize", "50")))
                .hasMessageContaining("netral.outbox.batchsize");
    }

    @Test
    void aServiceOverridesADefault() {
        OutboxConfig outbox = KitSettings.read(OutboxConfig.class, Map.of("netral.outbox.batch-size", "50",
                "netral.outbox.compression", "lz4", "netral.outbox.retention", "36h"));

        assertThat(outbox.batchSize()).isEqualTo(50);
        assertThat(outbox.compression()).isEqualTo("lz4");
        assertThat(outbox.retention()).isEqualTo(Duration.ofHours(36));
    }

    @Test
    void aBatchSizeBelowOneIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> KitSettings.read(OutboxConfig.class, Map.of("netral.outbox.batch-size", "-1")))
                .hasMessageContaining("netral.outbox.batch-size");
        assertThatThrownBy(() -> KitSettings.read(OutboxConfig.class, Map.of("netral.outbox.batch-size", "0")))
                .hasMessageContaining("netral.outbox.batch-size");
    }

    @Test
    void zstdCompressionIsRefusedNamingTheKeyAndTheReason() {
        assertThatThrownBy(() -> KitSettings.read(OutboxConfig.class, Map.of("netral.outbox.compression", "ZSTD")))
                .hasMessageContaining("netral.outbox.compression")
                .hasMessageContaining("zstd is refused");
    }

    @Test
    void anUnparsableRetentionIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> KitSettings.read(OutboxConfig.class, Map.of("netral.outbox.retention", "a week")))
                .hasMessageContaining("netral.outbox.retention");
    }

    @Test
    void aNegativeRetentionIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> KitSettings.read(OutboxConfig.class, Map.of("netral.outbox.retention", "-1h")))
                .hasMessageContaining("netral.outbox.retention");
    }
}

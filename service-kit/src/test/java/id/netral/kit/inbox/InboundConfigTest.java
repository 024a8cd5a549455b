package id.netral.kit.inbox;

import id.netral.kit.KitSettings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InboundConfigTest {

    @Test
    void byDefaultAFailingEventIsTriedFiveTimesWithPausesDoublingFrom200ms() {
        InboundConfig inbound = KitSettings.read(InboundConfig.class, Map.of());

        assertThat(inbound.maxAttempts()).isEqualTo(5);
        assertThat(inbound.backoffAfter(1)).isEqualTo(Duration.ofMillis(200));
        assertThat(inbound.backoffAfter(2)).isEqualTo(Duration.ofMillis(400));
        assertThat(inbound.backoffAfter(3)).isEqualTo(Duration.ofMillis(800));
        assertThat(inbound.backoffAfter(4)).isEqualTo(Duration.ofMillis(1600));
        assertThat(inbound.givesUpAfter(4)).isFalse();
        assertThat(inbound.givesUpAfter(5)).isTrue();
    }

    @Test
    void pausesStopDoublingAtTheMaximumOf30sByDefaultAndTheServiceTurnsNotReadyAfterTwoMinutesOfWaiting() {
        InboundConfig inbound = KitSettings.read(InboundConfig.class, Map.of());

        assertThat(inbound.maxBackoff()).isEqualTo(Duration.ofSeconds(30));
        assertThat(inbound.backoffAfter(8)).isEqualTo(Duration.ofMillis(25_600));
        assertThat(inbound.backoffAfter(9)).isEqualTo(Duration.ofSeconds(30));
        assertThat(inbound.backoffAfter(1_000)).isEqualTo(Duration.ofSeconds(30));
        assertThat(inbound.notReadyAfter()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void aZeroMaximumPauseIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> KitSettings.read(InboundConfig.class, Map.of("netral.inbound.max-backoff", "0s")))
                .hasMessageContaining("netral.inbound.max-backoff");
    }

    @Test
    void oneAttemptGivesAFailingEventUpAtOnce() {
        InboundConfig inbound = KitSettings.read(InboundConfig.class, Map.of("netral.inbound.max-attempts", "1"));

        assertThat(inbound.givesUpAfter(1)).isTrue();
    }

    @Test
    void zeroAttemptsAreRefusedNamingTheKey() {
        assertThatThrownBy(() -> KitSettings.read(InboundConfig.class, Map.of("netral.inbound.max-attempts", "0")))
                .hasMessageContaining("netral.inbound.max-attempts");
    }

    @Test
    void anUnparsableBackoffIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> KitSettings.read(InboundConfig.class,
                Map.of("netral.inbound.first-backoff", "soon")))
                .hasMessageContaining("netral.inbound.first-backoff");
    }

    @Test
    void aNegativeBackoffIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> KitSettings.read(InboundConfig.class,
                Map.of("netral.inbound.first-backoff", "-200ms")))
                .hasMessageContaining("netral.inbound.first-backoff");
    }
}

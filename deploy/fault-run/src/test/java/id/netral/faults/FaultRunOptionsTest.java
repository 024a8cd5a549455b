package id.netral.faults;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultRunOptionsTest {

    @Test
    void theDefaultsAreTheRunTheIssueAsksFor() {
        FaultRunOptions options = FaultRunOptions.parse("--home", "/work/netral");

        assertThat(options.cases()).isEqualTo(200);
        assertThat(options.malformedRequests()).isEqualTo(10_000);
        assertThat(options.settleTimeout()).isEqualTo(Duration.ofMinutes(10));
        assertThat(options.report()).isEqualTo(Path.of("/work/netral/deploy/fault-run/target/fault-run-report.md"));
    }

    @Test
    void aSeedGivenRepeatsTheRun() {
        assertThat(FaultRunOptions.parse("--seed", "42", "--cases", "20", "--malformed", "0").seed()).isEqualTo(42);
    }

    @Test
    void fewerCasesThanFaultsOrANonNumberIsRefusedWithTheUsage() {
        assertThatThrownBy(() -> FaultRunOptions.parse("--cases", "3"))
                .hasMessageContaining("at least " + FaultSchedule.FAULTS).hasMessageContaining("usage:");
        assertThatThrownBy(() -> FaultRunOptions.parse("--seed", "abc")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> FaultRunOptions.parse("--cases")).hasMessageContaining("usage:");
        assertThatThrownBy(() -> FaultRunOptions.parse("--kill", "all")).hasMessageContaining("unknown option");
    }
}

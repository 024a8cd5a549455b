package id.netral.benchmark;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchmarkOptionsTest {

    @Test
    void theDefaultsCompareWithTheReferenceAndClimbPastTheListedRates() {
        BenchmarkOptions options = BenchmarkOptions.parse("--home", "/work/netral");

        assertThat(options.rates()).containsExactly(10d, 25d, 50d);
        assertThat(options.duration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.warmUp()).isEqualTo(Duration.ofSeconds(10));
        assertThat(options.cases()).isEqualTo(50);
        assertThat(options.climb()).isTrue();
        assertThat(options.connections()).isEqualTo(32);
        assertThat(options.generatorThreads()).isEqualTo(2);
        assertThat(options.jvmOptions()).containsExactly("-Xms512m", "-Xmx512m");
        assertThat(options.report()).isEqualTo(Path.of("/work/netral/deploy/benchmark/target/benchmark-report.md"));
    }

    @Test
    void ratesDurationAndCasesComeFromTheCommandLine() {
        BenchmarkOptions options = BenchmarkOptions.parse("--rates", "5, 20", "--duration", "12.5", "--cases", "10",
                "--warm-up", "0");

        assertThat(options.rates()).isEqualTo(List.of(5d, 20d));
        assertThat(options.duration()).isEqualTo(Duration.ofMillis(12_500));
        assertThat(options.warmUp()).isZero();
        assertThat(options.cases()).isEqualTo(10);
    }

    @Test
    void anUnknownOrIncompleteOptionShowsTheUsage() {
        assertThatThrownBy(() -> BenchmarkOptions.parse("--speed", "fast")).hasMessageContaining("usage:");
        assertThatThrownBy(() -> BenchmarkOptions.parse("--cases")).hasMessageContaining("usage:");
        assertThatThrownBy(() -> BenchmarkOptions.parse("--rates", "0")).hasMessageContaining("positive");
        assertThatThrownBy(() -> BenchmarkOptions.parse("--heap", "lots")).hasMessageContaining("--heap");
        assertThatThrownBy(() -> BenchmarkOptions.parse("--climb", "yes")).hasMessageContaining("true or false");
    }

    @Test
    void profilingRecordsEveryJvmFromItsStartIntoOneDirectory() {
        BenchmarkOptions options = BenchmarkOptions.parse("--home", "/work/netral", "--profile", "true");

        assertThat(options.jvmOptions()).contains("-XX:StartFlightRecording=settings=profile,"
                + "filename=/work/netral/deploy/benchmark/target/jfr/");
    }
}

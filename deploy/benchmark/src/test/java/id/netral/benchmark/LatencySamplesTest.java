package id.netral.benchmark;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LatencySamplesTest {

    @Test
    void percentilesOfOneToOneHundredMillisecondsAreTheNearestRanks() {
        LatencySamples samples = new LatencySamples();
        List<Integer> shuffled = new ArrayList<>(IntStream.rangeClosed(1, 100).boxed().toList());
        Collections.shuffle(shuffled, new Random(7));
        shuffled.forEach(ms -> samples.record(Duration.ofMillis(ms)));

        LatencySamples.Summary summary = samples.summary();

        assertThat(summary.count()).isEqualTo(100);
        assertThat(List.of(summary.percentile(50), summary.percentile(90), summary.percentile(99),
                summary.percentile(100), summary.max())).extracting(Duration::toMillis)
                .containsExactly(50L, 90L, 99L, 100L, 100L);
    }

    @Test
    void aFewSlowRequestsShowInTheHighPercentilesNotTheMedian() {
        LatencySamples samples = new LatencySamples();
        for (int i = 0; i < 1990; i++) {
            samples.record(Duration.ofMillis(10));
        }
        for (int i = 0; i < 10; i++) {
            samples.record(Duration.ofSeconds(2));
        }

        LatencySamples.Summary summary = samples.summary();

        assertThat(summary.count()).isEqualTo(2000);
        assertThat(List.of(summary.percentile(50), summary.percentile(99), summary.percentile(99.9), summary.max()))
                .extracting(Duration::toMillis).containsExactly(10L, 10L, 2000L, 2000L);
    }

    @Test
    void oneSampleIsEveryPercentileAndNoSampleIsNone() {
        LatencySamples one = new LatencySamples();
        one.record(Duration.ofMillis(42));

        assertThat(one.summary().percentile(1)).isEqualTo(Duration.ofMillis(42));
        assertThat(one.summary().percentile(99)).isEqualTo(Duration.ofMillis(42));
        assertThat(new LatencySamples().summary().percentile(50)).isNull();
        assertThat(new LatencySamples().summary().max()).isNull();
        assertThatThrownBy(() -> one.summary().percentile(0)).isInstanceOf(IllegalArgumentException.class);
    }
}

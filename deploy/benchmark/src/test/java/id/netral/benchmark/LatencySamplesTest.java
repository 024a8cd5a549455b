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
        assertThat(summary.percentile(50)).isEqualTo(Duration.ofMillis(50));
        assertThat(summary.percentile(90)).isEqualTo(Duration.ofMillis(90));
        assertThat(summary.percentile(99)).isEqualTo(Duration.ofMillis(99));
        assertThat(summary.percentile(100)).isEqualTo(Duration.ofMillis(100));
        assertThat(summary.max()).isEqualTo(Duration.ofMillis(100));
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
        assertThat(summary.percentile(50)).isEqualTo(Duration.ofMillis(10));
        assertThat(summary.percentile(99)).isEqualTo(Duration.ofMillis(10));
        assertThat(summary.percentile(99.9)).isEqualTo(Duration.ofSeconds(2));
        assertThat(summary.max()).isEqualTo(Duration.ofSeconds(2));
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

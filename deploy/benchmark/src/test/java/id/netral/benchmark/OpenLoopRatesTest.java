package id.netral.benchmark;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OpenLoopRatesTest {
    private static final Duration LIMIT = Duration.ofMillis(100);

    @Test
    void afterTheListedRatesTheRateDoublesUntilP99PassesTheLimit() {
        List<IntakeLoad.Result> results = new ArrayList<>();
        List<Double> run = new ArrayList<>();
        for (double rate : OpenLoopRates.of(List.of(10d, 50d), true, 6400, results, LIMIT)) {
            run.add(rate);
            results.add(result(rate, rate >= 200 ? 150 : 20, 0));
        }
        assertThat(run).containsExactly(10d, 50d, 100d, 200d);
    }

    @Test
    void aFailedRequestEndsTheClimb() {
        List<IntakeLoad.Result> results = new ArrayList<>();
        List<Double> run = new ArrayList<>();
        for (double rate : OpenLoopRates.of(List.of(10d), true, 6400, results, LIMIT)) {
            run.add(rate);
            results.add(result(rate, 20, rate >= 40 ? 1 : 0));
        }
        assertThat(run).containsExactly(10d, 20d, 40d);
    }

    @Test
    void withoutClimbingOnlyTheListedRatesRun() {
        List<IntakeLoad.Result> results = new ArrayList<>();
        List<Double> run = new ArrayList<>();
        for (double rate : OpenLoopRates.of(List.of(10d, 20d), false, 6400, results, LIMIT)) {
            run.add(rate);
            results.add(result(rate, 20, 0));
        }
        assertThat(run).containsExactly(10d, 20d);
    }

    private static IntakeLoad.Result result(double rate, long p99Millis, int failed) {
        LatencySamples latencies = new LatencySamples();
        latencies.record(Duration.ofMillis(p99Millis));
        return new IntakeLoad.Result(rate, Duration.ofSeconds(30), (int) rate * 30, latencies.summary(),
                failed == 0 ? Map.of() : Map.of("HTTP 503", failed), Duration.ofSeconds(30),
                new LatencySamples().summary());
    }
}

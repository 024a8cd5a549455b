package id.netral.benchmark;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The open-loop rates to run, in order: the listed ones, then, when climbing, twice the last one again and again
 * until a run's p99 latency passes the limit or a request fails, so the report shows where intake stops keeping up.
 */
final class OpenLoopRates implements Iterable<Double> {
    private final List<Double> listed;
    private final boolean climb;
    private final double maxRate;
    private final List<IntakeLoad.Result> results;
    private final Duration p99Limit;

    private OpenLoopRates(List<Double> listed, boolean climb, double maxRate, List<IntakeLoad.Result> results,
                          Duration p99Limit) {
        this.listed = listed;
        this.climb = climb;
        this.maxRate = maxRate;
        this.results = results;
        this.p99Limit = p99Limit;
    }

    /** @param results the runs so far, appended by the caller after each rate: the climb reads the last one */
    static OpenLoopRates of(List<Double> listed, boolean climb, double maxRate, List<IntakeLoad.Result> results,
                            Duration p99Limit) {
        return new OpenLoopRates(listed, climb, maxRate, results, p99Limit);
    }

    @Override
    public Iterator<Double> iterator() {
        return new Iterator<>() {
            private int index;

            @Override
            public boolean hasNext() {
                if (index < listed.size()) {
                    return true;
                }
                if (!climb || results.isEmpty() || exceeded(results.get(results.size() - 1))) {
                    return false;
                }
                return doubled(results.get(results.size() - 1).perSecond()) <= maxRate;
            }

            @Override
            public Double next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return index < listed.size() ? listed.get(index++)
                        : doubled(results.get(results.size() - 1).perSecond());
            }
        };
    }

    private boolean exceeded(IntakeLoad.Result last) {
        Duration p99 = last.latencies().percentile(99);
        return last.failed() > 0 || p99 == null || p99.compareTo(p99Limit) > 0;
    }

    private static double doubled(double rate) {
        return rate * 2;
    }
}

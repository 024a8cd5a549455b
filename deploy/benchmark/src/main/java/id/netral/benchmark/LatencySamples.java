package id.netral.benchmark;

import java.time.Duration;
import java.util.Arrays;

/**
 * Every latency of one run, kept exactly (a run has thousands, not millions), so percentiles need no histogram
 * approximation. Recorded from the HTTP client's threads, read once the run is over.
 */
final class LatencySamples {
    private long[] nanos = new long[1024];
    private int count;

    synchronized void record(Duration latency) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = latency.toNanos();
    }

    synchronized Summary summary() {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return new Summary(sorted);
    }

    /** Percentiles by nearest rank: the smallest sample that at least p% of the samples do not exceed. */
    static final class Summary {
        private final long[] sorted;

        private Summary(long[] sorted) {
            this.sorted = sorted;
        }

        int count() {
            return sorted.length;
        }

        /** @return null when nothing was recorded */
        Duration percentile(double percent) {
            if (percent <= 0 || percent > 100) {
                throw new IllegalArgumentException("a percentile lies in (0, 100]: " + percent);
            }
            if (sorted.length == 0) {
                return null;
            }
            int rank = (int) Math.ceil(percent / 100 * sorted.length);
            return Duration.ofNanos(sorted[Math.max(rank, 1) - 1]);
        }

        Duration max() {
            return sorted.length == 0 ? null : Duration.ofNanos(sorted[sorted.length - 1]);
        }
    }
}

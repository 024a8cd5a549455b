package id.netral.benchmark;

import java.time.Duration;

/**
 * When each request of an open-loop run is due: request {@code i} at {@code i / rate} seconds after the start,
 * whatever happened to the earlier ones. Latency counts from this instant, not from the actual send, so a stalled
 * server or generator shows up in the numbers instead of silently lowering the load (coordinated omission).
 */
record FixedRateSchedule(double perSecond, int requests) {
    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    FixedRateSchedule {
        if (!(perSecond > 0)) {
            throw new IllegalArgumentException("the rate must be positive: " + perSecond);
        }
        if (requests < 1) {
            throw new IllegalArgumentException("at least one request: " + requests);
        }
    }

    /** As many requests as are due within the duration, the last strictly before its end. */
    static FixedRateSchedule forDuration(double perSecond, Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("the duration must be positive: " + duration);
        }
        return new FixedRateSchedule(perSecond, (int) Math.ceil(perSecond * duration.toNanos() / NANOS_PER_SECOND));
    }

    /** Nanoseconds from the start at which request {@code index} is due. */
    long dueNanos(int index) {
        if (index < 0 || index >= requests) {
            throw new IndexOutOfBoundsException(index + " of " + requests);
        }
        return Math.round(index * NANOS_PER_SECOND / perSecond);
    }

    /** From the first request's due time to the end of the last one's interval. */
    Duration span() {
        return Duration.ofNanos(Math.round(requests * NANOS_PER_SECOND / perSecond));
    }
}

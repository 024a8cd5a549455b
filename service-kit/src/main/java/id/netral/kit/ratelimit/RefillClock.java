package id.netral.kit.ratelimit;

/**
 * The monotonic time the rate-limit buckets refill by. The JVM's by default; a test that must see a limit used up
 * produces one it can hold still, instead of racing the refill on a slow machine.
 */
@FunctionalInterface
public interface RefillClock {
    long nanoTime();
}

package id.netral.report;

import id.netral.kit.ratelimit.RefillClock;
import jakarta.inject.Singleton;

/**
 * The rate limits' refill clock for this module's tests: the JVM's time, unless a test holds it still to see a limit
 * used up without the bucket refilling while a loaded machine is slow.
 */
@Singleton
public class HeldRefillClock implements RefillClock {
    private static volatile Long heldAt;

    @Override
    public long nanoTime() {
        Long held = heldAt;
        return held != null ? held : System.nanoTime();
    }

    /** Runs {@code action} with the refill clock standing still. */
    static <T> T heldStill(ThrowingSupplier<T> action) throws Exception {
        heldAt = System.nanoTime();
        try {
            return action.get();
        } finally {
            heldAt = null;
        }
    }

    @FunctionalInterface
    interface ThrowingSupplier<T> {
        T get() throws Exception;
    }
}

package id.netral.kit.failure;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Predicate;

/** Searches a failure's whole cause chain, whatever layers (JAX-RS, JTA, Hibernate, JDBC) wrapped it. */
public final class Causes {
    private Causes() {
    }

    /** @return true when the failure or any cause of it passes {@code test}; a cause chain with a loop ends */
    public static boolean any(Throwable failure, Predicate<Throwable> test) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable cause = failure; cause != null && seen.put(cause, true) == null; cause = cause.getCause()) {
            if (test.test(cause)) {
                return true;
            }
        }
        return false;
    }
}

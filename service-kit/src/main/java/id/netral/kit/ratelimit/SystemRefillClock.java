package id.netral.kit.ratelimit;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The JVM's monotonic time for the buckets, unless a test produces its own {@link RefillClock}. */
@ApplicationScoped
class SystemRefillClock {
    @Produces
    @DefaultBean
    @Singleton
    RefillClock refillClock() {
        return System::nanoTime;
    }
}

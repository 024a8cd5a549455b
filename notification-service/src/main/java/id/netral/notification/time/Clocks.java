package id.netral.notification.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The clock every time-dependent decision of this service reads (delivery, reminders, link expiry), so that tests can
 * move time instead of waiting: a test bean producing another {@link Clock} replaces this default.
 */
@Singleton
public class Clocks {
    @Produces
    @Singleton
    @DefaultBean
    Clock systemClock() {
        return Clock.systemUTC();
    }
}

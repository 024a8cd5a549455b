package id.netral.kit.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The one clock every time-dependent decision of a service reads (deadlines, "today", expiry), running in Kota
 * Kupang's zone ({@code netral.zone}, WITA), so that a calendar day is Kupang's day in every service. A test moves
 * time by producing another {@link Clock}, which replaces this default.
 */
@Singleton
public class ServiceClock {

    @Produces
    @Singleton
    ZoneId zone(@ConfigProperty(name = "netral.zone") ZoneId zone) {
        return zone;
    }

    @Produces
    @Singleton
    @DefaultBean
    Clock clock(ZoneId zone) {
        return Clock.system(zone);
    }
}

package id.netral.notification.followup;

import id.netral.kit.time.WorkingDays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Optional;

/** The working days the procedure's deadlines count: the kit's national holidays and those configured, as report-service. */
@ApplicationScoped
public class ProcedureCalendar {
    /** @param configured {@code netral.calendar.holidays}: entries {@code YYYY-MM-DD:name}, added to the data file */
    @Produces
    @Singleton
    WorkingDays workingDays(@ConfigProperty(name = "netral.calendar.holidays") Optional<List<String>> configured) {
        return WorkingDays.of(configured.orElse(List.of()));
    }
}

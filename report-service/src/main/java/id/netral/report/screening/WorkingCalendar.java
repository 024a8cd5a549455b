package id.netral.report.screening;

import id.netral.kit.time.WorkingDays;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Days that count for deadlines: calendar days, or working days (Monday to Friday, not a national holiday). The
 * holidays come from the data file shipped with the service and from configuration, so a year's list (the SKB is
 * published each autumn) can be added by the operators without a new release.
 */
@ApplicationScoped
public class WorkingCalendar {
    private static final Logger LOG = Logger.getLogger(WorkingCalendar.class);
    private static final String HOLIDAYS = WorkingDays.HOLIDAYS;

    public enum DayCount { CALENDAR_DAYS, WORKING_DAYS }

    private final Map<LocalDate, String> holidays;
    private final WorkingDays workingDays;
    private final Clock clock;

    /** @param configured {@code netral.calendar.holidays}: entries {@code YYYY-MM-DD:name}, added to the data file */
    @Inject
    public WorkingCalendar(@ConfigProperty(name = "netral.calendar.holidays") Optional<List<String>> configured,
                           Clock clock) {
        this(withConfigured(load(), configured.orElse(List.of())), clock);
    }

    WorkingCalendar(Map<LocalDate, String> holidays, Clock clock) {
        this.holidays = holidays;
        this.workingDays = new WorkingDays(holidays);
        this.clock = clock;
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.containsKey(day);
    }

    /** The last day of a period of {@code days} counted from the day after {@code from}. */
    public LocalDate lastDay(LocalDate from, int days, DayCount count) {
        if (count == DayCount.CALENDAR_DAYS) {
            return from.plusDays(days);
        }
        return workingDays.lastDay(from, days);
    }

    /** Whether any national holiday of the year is known; without them working days count weekends only. */
    public boolean knowsHolidaysOf(int year) {
        return holidays.keySet().stream().anyMatch(day -> day.getYear() == year);
    }

    // A missing year does not stop the service (deadlines still count, just without holidays) but must not go unseen:
    // this year, and every year an election in the configuration runs through, since its deadlines fall in them.
    void warnWhenAYearIsMissing(@Observes StartupEvent start, Elections elections) {
        missingYears(elections.byId()).forEach((year, of) -> LOG.warnf("The national holidays of %d are not in the "
                + "calendar (%s): working-day deadlines skip weekends only. Add them to %s or set "
                + "NETRAL_CALENDAR_HOLIDAYS (YYYY-MM-DD:name, comma-separated)", year, of, HOLIDAYS));
    }

    /** Years without a known holiday, with why they matter: this year, or the elections running through them. */
    Map<Integer, String> missingYears(Map<String, Elections.Election> elections) {
        Map<Integer, String> missing = new TreeMap<>();
        int thisYear = LocalDate.now(clock).getYear();
        if (!knowsHolidaysOf(thisYear)) {
            missing.put(thisYear, "this year");
        }
        new TreeMap<>(elections).forEach((id, election) -> election.years().filter(year -> !knowsHolidaysOf(year))
                .forEach(year -> missing.merge(year, "election " + id, (a, b) -> a + ", " + b)));
        return missing;
    }

    static Map<LocalDate, String> withConfigured(Map<LocalDate, String> shipped, List<String> configured) {
        return WorkingDays.withConfigured(shipped, configured);
    }

    /** The holidays of the data file the service kit ships, shared with notification-service's procedure deadlines. */
    static Map<LocalDate, String> load() {
        return WorkingDays.shipped();
    }
}

package id.netral.report.screening;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
    private static final String HOLIDAYS = "calendar/hari-libur-nasional.csv";

    public enum DayCount { CALENDAR_DAYS, WORKING_DAYS }

    private final Map<LocalDate, String> holidays;
    private final Clock clock;

    /** @param configured {@code netral.calendar.holidays}: entries {@code YYYY-MM-DD:name}, added to the data file */
    @Inject
    public WorkingCalendar(@ConfigProperty(name = "netral.calendar.holidays") Optional<List<String>> configured,
                           Clock clock) {
        this(withConfigured(load(), configured.orElse(List.of())), clock);
    }

    WorkingCalendar(Map<LocalDate, String> holidays, Clock clock) {
        this.holidays = holidays;
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
        LocalDate day = from;
        for (int counted = 0; counted < days; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
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
        Map<LocalDate, String> days = new TreeMap<>(shipped);
        for (String entry : configured) {
            String[] parts = entry.strip().split(":", 2);
            try {
                days.put(LocalDate.parse(parts[0].strip()), parts.length > 1 ? parts[1].strip() : "libur nasional");
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("netral.calendar.holidays: '" + entry + "' is not YYYY-MM-DD:name",
                        e);
            }
        }
        return days;
    }

    static Map<LocalDate, String> load() {
        Map<LocalDate, String> days = new TreeMap<>();
        try (InputStream in = WorkingCalendar.class.getClassLoader().getResourceAsStream(HOLIDAYS);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> line.matches("\\d{4}-\\d{2}-\\d{2},.*")).map(line -> line.split(",", 2))
                    .forEach(f -> days.put(LocalDate.parse(f[0]), f[1]));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + HOLIDAYS, e);
        }
        return days;
    }
}

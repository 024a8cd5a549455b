package id.netral.kit.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Working days (hari kerja): Monday to Friday, not a national holiday. The holidays come from the data file shipped
 * in this kit ({@value #HOLIDAYS}) and from configuration ({@code netral.calendar.holidays}), so every service counts
 * a deadline in working days over the same days.
 */
public final class WorkingDays {
    public static final String HOLIDAYS = "calendar/hari-libur-nasional.csv";

    private final Map<LocalDate, String> holidays;

    public WorkingDays(Map<LocalDate, String> holidays) {
        this.holidays = Map.copyOf(holidays);
    }

    /** The shipped holidays and the configured ones ({@code YYYY-MM-DD:name} each). */
    public static WorkingDays of(List<String> configured) {
        return new WorkingDays(withConfigured(shipped(), configured));
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.containsKey(day);
    }

    /** The last day of a period of {@code days} working days counted from the day after {@code from}. */
    public LocalDate lastDay(LocalDate from, int days) {
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

    public static Map<LocalDate, String> withConfigured(Map<LocalDate, String> shipped, List<String> configured) {
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

    /** The holidays of the data file shipped in this kit. */
    public static Map<LocalDate, String> shipped() {
        Map<LocalDate, String> days = new TreeMap<>();
        try (InputStream in = WorkingDays.class.getClassLoader().getResourceAsStream(HOLIDAYS);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> line.matches("\\d{4}-\\d{2}-\\d{2},.*")).map(line -> line.split(",", 2))
                    .forEach(f -> days.put(LocalDate.parse(f[0]), f[1]));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + HOLIDAYS, e);
        }
        return days;
    }
}

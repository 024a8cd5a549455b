package id.netral.report.screening;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/** Days that count for deadlines: calendar days, or working days (Monday to Friday, not a national holiday). */
@ApplicationScoped
public class WorkingCalendar {
    private static final String HOLIDAYS = "calendar/hari-libur-nasional.csv";

    public enum DayCount { CALENDAR_DAYS, WORKING_DAYS }

    private final Map<LocalDate, String> holidays;

    public WorkingCalendar() {
        this(load());
    }

    WorkingCalendar(Map<LocalDate, String> holidays) {
        this.holidays = holidays;
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

    private static Map<LocalDate, String> load() {
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

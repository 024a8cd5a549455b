package id.netral.report.screening;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingCalendarTest {
    private final WorkingCalendar calendar = new WorkingCalendar();

    @ParameterizedTest(name = "known {0}, {1} {2}: last day {3}")
    @CsvSource({
            "2024-10-02, 7, CALENDAR_DAYS, 2024-10-09",
            // Friday before Idul Fitri 1445 H (10 and 11 April 2024): the holidays and weekends do not count
            "2024-04-05, 7, WORKING_DAYS, 2024-04-18",
            // Pemilu 2024 voting day was a national holiday
            "2024-02-12, 7, WORKING_DAYS, 2024-02-22",
            "2024-12-23, 3, WORKING_DAYS, 2024-12-27"})
    void theReportingWindowEndsOnTheRightDay(LocalDate known, int days, WorkingCalendar.DayCount count,
                                             LocalDate lastDay) {
        assertThat(calendar.lastDay(known, days, count)).isEqualTo(lastDay);
    }

    @Test
    void weekendsAndNationalHolidaysAreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 11, 27))).as("Pilkada voting day").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 11, 30))).as("a Saturday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 11, 28))).as("an ordinary Thursday").isTrue();
    }
}

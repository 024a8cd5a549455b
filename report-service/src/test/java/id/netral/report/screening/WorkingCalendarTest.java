package id.netral.report.screening;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingCalendarTest {
    private static final Clock KUPANG = Clock.system(ZoneId.of("Asia/Makassar"));
    private final WorkingCalendar calendar = new WorkingCalendar(Optional.empty(), KUPANG);

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
    void operatorsAddAYearsHolidaysByConfigurationAndAMalformedOneStopsTheStart() {
        // Thursday 1 January 2026, New Year's Day, is not in the shipped data
        assertThat(calendar.knowsHolidaysOf(2026)).isFalse();
        assertThat(calendar.lastDay(LocalDate.of(2025, 12, 31), 1, WorkingCalendar.DayCount.WORKING_DAYS))
                .isEqualTo(LocalDate.of(2026, 1, 1));

        WorkingCalendar configured = new WorkingCalendar(Optional.of(List.of("2026-01-01:Tahun Baru 2026 Masehi")), KUPANG);
        assertThat(configured.knowsHolidaysOf(2026)).isTrue();
        assertThat(configured.isWorkingDay(LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(configured.lastDay(LocalDate.of(2025, 12, 31), 1, WorkingCalendar.DayCount.WORKING_DAYS))
                .isEqualTo(LocalDate.of(2026, 1, 2));
        // the shipped days stay
        assertThat(configured.isWorkingDay(LocalDate.of(2024, 11, 27))).isFalse();

        assertThatThrownBy(() -> new WorkingCalendar(Optional.of(List.of("1 Januari 2026:Tahun Baru")), KUPANG))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 Januari 2026");
    }

    @Test
    void weekendsAndNationalHolidaysAreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 11, 27))).as("Pilkada voting day").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 11, 30))).as("a Saturday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 11, 28))).as("an ordinary Thursday").isTrue();
    }
}

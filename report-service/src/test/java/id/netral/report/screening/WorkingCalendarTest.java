package id.netral.report.screening;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
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
            "2024-12-23, 3, WORKING_DAYS, 2024-12-27",
            // the Pemilu 2024 campaign began 28 Nov 2023: Christmas 2023 and New Year 2024 do not count
            "2023-12-22, 7, WORKING_DAYS, 2024-01-04",
            // Bawaslu Kota Kupang took up the 29 Dec 2023 case on 3 Jan 2024, inside 7 working days
            "2023-12-29, 7, WORKING_DAYS, 2024-01-10"})
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
    void everyYearAnElectionRunsThroughWithoutHolidaysIsNamedAtStart() {
        WorkingCalendar in2024 = new WorkingCalendar(Optional.empty(),
                Clock.fixed(Instant.parse("2024-10-01T02:00:00Z"), ZoneId.of("Asia/Makassar")));

        assertThat(in2024.missingYears(Map.of(
                "PEMILU-2024", election("2022-06-14", "2024-02-14"),
                "PILKADA-2024", election("2024-01-01", "2024-11-27"),
                "PILKADA-2029", election("2028-12-01", "2029-11-28"))))
                .containsExactly(Map.entry(2022, "election PEMILU-2024"), Map.entry(2028, "election PILKADA-2029"),
                        Map.entry(2029, "election PILKADA-2029"));
        assertThat(in2024.knowsHolidaysOf(2023)).isTrue();
        assertThat(new WorkingCalendar(Optional.empty(),
                Clock.fixed(Instant.parse("2031-03-01T02:00:00Z"), ZoneId.of("Asia/Makassar"))).missingYears(Map.of()))
                .containsExactly(Map.entry(2031, "this year"));
    }

    private static Elections.Election election(String periodStart, String votingDay) {
        return new Elections.Election() {
            public String name() {
                return "uji";
            }

            public LocalDate votingDay() {
                return LocalDate.parse(votingDay);
            }

            public LocalDate periodStart() {
                return LocalDate.parse(periodStart);
            }

            public int reportWithinDays() {
                return 7;
            }

            public WorkingCalendar.DayCount reportWithinUnit() {
                return WorkingCalendar.DayCount.CALENDAR_DAYS;
            }

            public int decisionWithinDays() {
                return 3;
            }

            public WorkingCalendar.DayCount decisionWithinUnit() {
                return WorkingCalendar.DayCount.CALENDAR_DAYS;
            }

            public int decisionExtendedDays() {
                return 5;
            }

            public WorkingCalendar.DayCount decisionExtendedUnit() {
                return WorkingCalendar.DayCount.CALENDAR_DAYS;
            }
        };
    }

    @Test
    void weekendsAndNationalHolidaysAreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2023, 12, 25))).as("Christmas 2023").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 11, 27))).as("Pilkada voting day").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 11, 30))).as("a Saturday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 11, 28))).as("an ordinary Thursday").isTrue();
    }
}

package id.netral.benchmark;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FixedRateScheduleTest {

    @Test
    void tenPerSecondForThirtySecondsIsThreeHundredRequestsATenthOfASecondApart() {
        FixedRateSchedule schedule = FixedRateSchedule.forDuration(10, Duration.ofSeconds(30));

        assertThat(schedule.requests()).isEqualTo(300);
        assertThat(schedule.dueNanos(0)).isZero();
        assertThat(schedule.dueNanos(1)).isEqualTo(100_000_000L);
        assertThat(schedule.dueNanos(10)).isEqualTo(1_000_000_000L);
        assertThat(schedule.dueNanos(299)).isEqualTo(29_900_000_000L);
        assertThat(schedule.span()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aFractionalRateNeitherDriftsNorLosesTheLastRequest() {
        FixedRateSchedule schedule = FixedRateSchedule.forDuration(3, Duration.ofSeconds(1));

        assertThat(schedule.requests()).isEqualTo(3);
        assertThat(schedule.dueNanos(1)).isEqualTo(333_333_333L);
        assertThat(schedule.dueNanos(2)).isEqualTo(666_666_667L);
        assertThat(FixedRateSchedule.forDuration(3, Duration.ofMillis(1001)).requests()).isEqualTo(4);
        assertThat(FixedRateSchedule.forDuration(2.5, Duration.ofSeconds(2)).requests()).isEqualTo(5);
        assertThat(new FixedRateSchedule(3, 3000).dueNanos(2999)).isEqualTo(999_666_666_667L);
    }

    @Test
    void dueTimesNeverDependOnEarlierAnswersOnlyOnTheIndex() {
        FixedRateSchedule schedule = new FixedRateSchedule(50, 1500);

        for (int i = 1; i < schedule.requests(); i++) {
            assertThat(schedule.dueNanos(i) - schedule.dueNanos(i - 1)).isEqualTo(20_000_000L);
        }
    }

    @Test
    void refusesWhatCannotBeScheduled() {
        assertThatThrownBy(() -> new FixedRateSchedule(0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FixedRateSchedule(10, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FixedRateSchedule.forDuration(10, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FixedRateSchedule(10, 5).dueNanos(5))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }
}

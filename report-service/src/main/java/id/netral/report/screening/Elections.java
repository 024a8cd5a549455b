package id.netral.report.screening;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;

import java.time.LocalDate;
import java.util.Map;

/** The elections a report may name, from configuration ({@code netral.elections."ID".*}). */
@ConfigMapping(prefix = "netral.elections")
public interface Elections {
    @WithParentName
    Map<String, Election> byId();

    interface Election {
        String name();

        LocalDate votingDay();

        /**
         * The first day an act reported under this election may have happened: the start of its stages (tahapan), so
         * that acts before candidacy (bakal calon) still count. A day before it, or after today, is refused.
         */
        LocalDate periodStart();

        /** How long after the act became known a report may be made (Perbawaslu 7/2022 Pasal 8; Pilkada law Pasal 134). */
        @WithDefault("7")
        int reportWithinDays();

        @WithDefault("CALENDAR_DAYS")
        WorkingCalendar.DayCount reportWithinUnit();

        /**
         * How long after registration the verifier has to decide (UU 7/2017 Pasal 454(7): 7 days; Pilkada law
         * Pasal 134: 3 days).
         */
        int decisionWithinDays();

        WorkingCalendar.DayCount decisionWithinUnit();

        /**
         * The same, counted from registration too, once the verifier asks for more information (NEEDS_INFO): UU 7/2017
         * Pasal 454(8) 14 working days; Pilkada law Pasal 134 two more days (3 + 2).
         */
        int decisionExtendedDays();

        WorkingCalendar.DayCount decisionExtendedUnit();

        /** The years the election runs through, from the start of its stages to its voting day. */
        default java.util.stream.IntStream years() {
            return java.util.stream.IntStream.rangeClosed(periodStart().getYear(), votingDay().getYear());
        }
    }
}

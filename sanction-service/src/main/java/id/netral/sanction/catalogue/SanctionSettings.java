package id.netral.sanction.catalogue;

import io.smallrye.config.ConfigMapping;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Configuration of sanction-service ({@code netral.sanction.*}); the defaults are in application.properties. */
@ConfigMapping(prefix = "netral.sanction")
public interface SanctionSettings {
    /** Classpath locations of the rule catalogues, each versioned and effective from a date. */
    @NotEmpty
    List<String> catalogues();

    /** Calendar days the PPK has to act on a recommendation; unconfirmed in law (see research notes 3.5). */
    @Min(1)
    int ppkDueDays();

    Pppk pppk();

    OverdueCheck overdueCheck();

    interface OverdueCheck {
        /** How often the overdue check runs on each replica (a Quarkus scheduler period, or "off"). */
        String every();
    }

    /** How earlier proven cases of the same employee number raise a recommendation. */
    RepeatPolicy repeatPolicy();

    /** The election calendar, by the election id report-service puts on a case. */
    Map<String, ElectionDates> elections();

    interface ElectionDates {
        String name();

        /** The contests of the election by id, each with the day its candidates were fixed. */
        @NotEmpty
        Map<String, ContestDates> contests();

        LocalDate campaignStart();

        LocalDate campaignEnd();

        LocalDate votingDay();
    }

    interface ContestDates {
        String name();

        /** The day KPU fixed the candidates: before it, would-be candidates (bakal calon); from it, candidates. */
        LocalDate candidatesFixed();
    }

    NonAsn nonAsn();

    /**
     * Counterparts across the day candidates are fixed that the sources do not state (E6, a would-be candidate's
     * events, has no discipline row of its own), by row; UNCONFIRMED.
     */
    Map<String, String> counterparts();

    interface Pppk {
        /** Sanction codes for medium discipline of PPPK, lightest first. */
        @NotEmpty
        List<String> mediumSanctions();
    }

    interface NonAsn {
        /** Sanction codes (CONTRACT track) for PTT/honorer staff for every row not in {@link #measuresFor()}. */
        @NotEmpty
        List<String> measures();

        /** The same for one SKB row ({@code netral.sanction.non-asn.measures-for.D2}), lightest first. */
        Map<String, List<String>> measuresFor();
    }
}

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

        /** The day KPU fixed the candidates: before it, would-be candidates (ethics rows); from it, candidates. */
        LocalDate candidatesFixed();

        LocalDate campaignStart();

        LocalDate campaignEnd();

        LocalDate votingDay();
    }

    NonAsn nonAsn();

    interface Pppk {
        /** Sanction codes for medium discipline of PPPK, lightest first. */
        @NotEmpty
        List<String> mediumSanctions();
    }

    interface NonAsn {
        /** Sanction codes (CONTRACT track) for PTT/honorer staff, lightest first. */
        @NotEmpty
        List<String> measures();
    }
}

package id.netral.sanction.catalogue;

import io.smallrye.config.ConfigMapping;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;

import java.time.ZoneId;
import java.util.List;

/** Configuration of sanction-service ({@code netral.sanction.*}); the defaults are in application.properties. */
@ConfigMapping(prefix = "netral.sanction")
public interface SanctionSettings {
    /** Classpath locations of the rule catalogues, each versioned and effective from a date. */
    @NotEmpty
    List<String> catalogues();

    /** Kota Kupang's zone (WITA), for the calendar day of a verification and of a recommendation. */
    ZoneId zone();

    /** Calendar days the PPK has to act on a recommendation; unconfirmed in law (see research notes 3.5). */
    @Min(1)
    int ppkDueDays();

    Pppk pppk();

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

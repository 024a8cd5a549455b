package id.netral.notification.followup;

import io.smallrye.config.ConfigMapping;
import jakarta.validation.constraints.Positive;

import java.util.Set;

/**
 * The deadlines and choices of the procedure at the city. Every value here is UNCONFIRMED against the regulation's text
 * (research notes 2.3, 3.4, 7 items 4): application.properties states the status beside each key. A wrong value stops
 * the service at start.
 */
@ConfigMapping(prefix = "netral.procedure")
public interface ProcedureConfig {
    /** Working days after the notice within which the direct superior summons the civil servant. */
    @Positive
    int summonsWithinWorkingDays();

    /** The levels for which an examination team is mandatory before the examination (BERAT). */
    Set<String> examinationTeamLevels();

    /** Working days after the decree within which it is handed to the civil servant (14, UNCONFIRMED for PP 94). */
    @Positive
    int deliveryWithinWorkingDays();

    /** Working days after delivery within which an objection (keberatan) may be filed. */
    @Positive
    int objectionWithinWorkingDays();

    /** Working days after delivery within which an administrative appeal (banding administratif) may be filed. */
    @Positive
    int appealWithinWorkingDays();

    /**
     * Working days after the reminder of an overdue step within which it must be recorded before the PPK, the Sekda and
     * BKPPD are told (Netral's own choice, UNCONFIRMED).
     */
    @Positive
    int escalateAfterWorkingDays();

    /** The imposed sanctions against which the remedy is banding administratif; against the others, keberatan. */
    Set<String> appealSanctions();
}

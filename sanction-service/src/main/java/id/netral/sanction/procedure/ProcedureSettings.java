package id.netral.sanction.procedure;

import id.netral.sanction.catalogue.Level;
import io.smallrye.config.ConfigMapping;

import java.util.Set;

/**
 * The procedure at the city as notification-service runs it ({@code netral.procedure.*}, the same keys and meaning as
 * there): a site that changes a value sets it for both services (NETRAL_PROCEDURE_EXAMINATION_TEAM_LEVELS), and
 * deploy/kubernetes' test holds the two defaults equal. An unknown level stops the service at start.
 */
@ConfigMapping(prefix = "netral.procedure")
public interface ProcedureSettings {
    /** The levels whose examination is the examination team's, formed before it (BERAT; UNCONFIRMED article). */
    Set<Level> examinationTeamLevels();
}

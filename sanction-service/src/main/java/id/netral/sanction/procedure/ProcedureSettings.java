package id.netral.sanction.procedure;

import id.netral.sanction.catalogue.Level;
import io.smallrye.config.ConfigMapping;

import java.util.Optional;
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

    /**
     * The steps the PPK's decree on a non-ASN staff member's case (the CONTRACT track: PTT/honorer) waits for; none
     * when absent. This key is sanction-service's alone. UNCONFIRMED: PP 94/2021 and PP 49/2018 do not bind non-ASN
     * staff directly; Pemkot Kupang binds them to neutrality by a Perwali with its own sanctions and by their work
     * contracts, and neither the Perwali's number nor any hearing it prescribes is known (research notes 1 "PTT /
     * honorer", 7 item 10). So the PP 94/2021 summons and examination are not required by default; a site whose
     * Perwali or contracts prescribe a hearing sets them (e.g. SUMMONED,EXAMINED).
     */
    Optional<Set<Step>> contractStepsBeforeDecree();
}

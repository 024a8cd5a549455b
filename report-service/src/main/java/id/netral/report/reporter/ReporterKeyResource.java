package id.netral.report.reporter;

import id.netral.events.access.Roles;
import id.netral.kit.audit.AuditLog;
import id.netral.kit.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Admins retire a reporter-encryption key: see which keys still seal identities, and seal them anew. */
@Tag(name = "Administration", description = "Operations for admins inside the cluster")
@Path("/api/v1/admin/reporter-keys")
@Produces(MediaType.APPLICATION_JSON)
public class ReporterKeyResource {
    @Inject
    ReporterKeyRotation rotation;
    @Inject
    ReporterVault vault;
    @Inject
    AuditLog audit;

    public record KeyUsage(String activeKey, List<ReporterKeyRotation.KeyUse> keys) {
    }

    public record Rotation(String activeKey, int resealed, List<ReporterKeyRotation.KeyUse> keys) {
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Which reporter-encryption keys still seal a reporter's identity, and how many each",
            description = "A key that seals none can be removed from NETRAL_REPORTER_ENCRYPTION_KEYS. Never shows a "
                    + "key's value.")
    public KeyUsage keys() {
        return new KeyUsage(vault.activeKeyId(), rotation.keysInUse());
    }

    @POST
    @Path("/rotation")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Seal every reporter's identity still under an older key again under the active key",
            description = "Run after adding a new key and making it NETRAL_REPORTER_ENCRYPTION_ACTIVE_KEY; afterwards "
                    + "the old key seals nothing and can be removed. Safe to repeat; audited.")
    @APIResponse(responseCode = "200", description = "How many reports were sealed again, and the keys in use now")
    @APIResponse(responseCode = "409", description = "A report is sealed under a key that is no longer configured: "
            + "put it back in the keyring and run again")
    public Rotation rotate() {
        int resealed;
        try {
            resealed = rotation.resealAll();
        } catch (IllegalStateException e) {
            throw ProblemException.conflict(e.getMessage());
        }
        // the record is the key now sealing them all
        audit.record("reporter-keys.rotated", "reporter-key", vault.activeKeyId());
        return new Rotation(vault.activeKeyId(), resealed, rotation.keysInUse());
    }
}

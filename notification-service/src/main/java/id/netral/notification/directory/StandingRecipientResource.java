package id.netral.notification.directory;

import id.netral.events.access.Roles;
import id.netral.kit.audit.AuditLog;
import id.netral.kit.paging.Page;
import id.netral.kit.paging.PageParameters;
import id.netral.kit.paging.PageRequest;
import id.netral.kit.problem.ProblemException;
import id.netral.notification.RecipientRole;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.List;

/**
 * Which office fills each standing role: the PPK, BKPPD and the Inspectorate in copy of every notice, and with the
 * Sekda the recipients of escalations. The office's head, webhook and channels are then what reach the role.
 */
@Tag(name = "Directory")
@Path("/api/v1/standing-recipients")
@Produces(MediaType.APPLICATION_JSON)
public class StandingRecipientResource {
    @Inject
    AuditLog audit;
    @Inject
    DirectoryReaders readers;

    /** @param inCopy in copy (tembusan) of every first notice; escalations go to the PPK, the Sekda and BKPPD */
    public record Assignment(@NotBlank String officeCode, @NotNull Boolean inCopy) {
    }

    @Schema(name = "StandingRecipient")
    public record View(RecipientRole role, String officeCode, boolean inCopy, OpdView office) {
        static View of(StandingRecipient recipient, DirectoryReaders readers) {
            return new View(recipient.role, recipient.officeCode, recipient.inCopy, readers.view(recipient.office()));
        }
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PERSONNEL_OFFICER, Roles.AUDITOR, Roles.PPK})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listStandingRecipients", deprecated = true,
            summary = "The standing recipients as a bare array; use GET /api/v1/standing-recipients/page, which "
                    + "answers the page shape every list shares", description = "Kept for clients written before "
                    + "the page shape.")
    @APIResponse(responseCode = "200", description = "Each standing role and the office it points at",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = View.class, type = SchemaType.ARRAY)))
    public List<View> list() {
        return StandingRecipient.all().stream().map(recipient -> View.of(recipient, readers)).toList();
    }

    /** One page of the standing recipients. */
    @Schema(name = "StandingRecipientPage")
    public static final class StandingRecipientPage extends Page<View> {
        StandingRecipientPage(PageRequest request, List<View> all) {
            super(request, all);
        }
    }

    @GET
    @Path("/page")
    @RolesAllowed({Roles.ADMIN, Roles.PERSONNEL_OFFICER, Roles.AUDITOR, Roles.PPK})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "pageStandingRecipients",
            summary = "The standing recipients and the offices that fill them, with their heads now, a page at a time")
    @APIResponse(responseCode = "200", description = "One page of the standing roles and the offices they point at",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StandingRecipientPage.class)))
    public StandingRecipientPage page(@BeanParam PageParameters paging) {
        PageRequest asked = paging.request();
        return new StandingRecipientPage(asked, StandingRecipient.all().stream()
                .map(recipient -> View.of(recipient, readers)).toList());
    }

    @PUT
    @Path("/{role}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Points a standing role at an office of the directory, and says whether it is in copy of "
            + "every notice; notices already written keep their recipients")
    @APIResponse(responseCode = "400", description = "The office is not in the directory")
    @APIResponse(responseCode = "404", description = "Not a standing role (PPK, BKPPD, INSPECTORATE, SEKDA)")
    @APIResponse(responseCode = "409", description = "The office is dissolved")
    @APIResponse(responseCode = "200", description = "The role as it now points",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    public View assign(@PathParam("role") String role, @Valid @NotNull Assignment assignment) {
        StandingRecipient recipient = Arrays.stream(RecipientRole.values())
                .filter(known -> known.name().equalsIgnoreCase(role.strip()))
                .findFirst().flatMap(StandingRecipient::of)
                .orElseThrow(() -> ProblemException.notFound(role + " is not a standing recipient; they are "
                        + StandingRecipient.all().stream().map(known -> known.role.name()).toList()));
        Opd office = Opd.byCode(assignment.officeCode()).orElseThrow(() -> ProblemException.invalid("officeCode",
                "no OPD has the code " + assignment.officeCode()));
        recipient.officeCode = OpdDirectoryResource.existing(office.code).code;
        recipient.inCopy = assignment.inCopy();
        audit.record("standing-recipient.assigned", "standing_recipient", recipient.role.name());
        return View.of(recipient, readers);
    }
}

package id.netral.notification.directory;

import id.netral.events.access.Roles;
import id.netral.kit.audit.AuditLog;
import id.netral.kit.paging.Page;
import id.netral.kit.paging.PageParameters;
import id.netral.kit.paging.PageRequest;
import id.netral.kit.problem.ProblemException;
import id.netral.kit.security.Caller;
import id.netral.notification.webhook.WebhookConfig;
import id.netral.notification.webhook.WebhookPolicy;
import id.netral.notification.webhook.WebhookSecret;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The OPD directory: whose head is told about a case of their staff, and at which address. Admins keep it. */
@Tag(name = "Directory",
        description = "The OPDs of Kota Kupang, their heads from a date on, and how each is reached (admins)")
@Path("/api/v1/opds")
@Produces(MediaType.APPLICATION_JSON)
public class OpdDirectoryResource {
    @Inject
    Appointments appointments;
    @Inject
    WebhookPolicy webhookPolicy;
    @Inject
    WebhookConfig webhookConfig;
    @Inject
    Caller caller;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;
    @Inject
    DirectoryReaders readers;

    private static final String READERS = "Admins see everything but webhook secrets; BKPPD officers, the PPK and "
            + "auditors see every office with its head's name and title, without e-mail, phone or webhook; verifiers "
            + "see every office's code and name only, to read a case's OPD by its name; an OPD head sees only their "
            + "own office, with its contacts but without the webhook.";

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PERSONNEL_OFFICER, Roles.PPK, Roles.AUDITOR, Roles.OPD_HEAD, Roles.VERIFIER})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listOpds", deprecated = true,
            summary = "The OPDs of the directory as a bare array; use GET /api/v1/opds/page, which answers the page "
                    + "shape every list shares", description = "Kept for clients written before the page shape. "
                    + READERS)
    @APIResponse(responseCode = "400", description = "regionCode is not a Kemendagri code of Kota Kupang")
    @APIResponse(responseCode = "403", description = "A partner app: the directory is not its to read")
    @APIResponse(responseCode = "200", description = "Every OPD of the directory",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OpdView.class, type = SchemaType.ARRAY)))
    public List<OpdView> list(
            @Parameter(description = "Also the offices dissolved since") @QueryParam("includeDissolved")
            boolean includeDissolved,
            @Parameter(description = "Kemendagri code of a kecamatan (53.71.01) or kelurahan (53.71.01.1001): "
                    + "only the office serving it") @QueryParam("regionCode") String regionCode) {
        return opds(includeDissolved, regionCode);
    }

    /** One page of the directory's OPDs. */
    @Schema(name = "OpdPage")
    public static final class OpdPage extends Page<OpdView> {
        OpdPage(PageRequest request, List<OpdView> all) {
            super(request, all);
        }
    }

    @GET
    @Path("/page")
    @RolesAllowed({Roles.ADMIN, Roles.PERSONNEL_OFFICER, Roles.PPK, Roles.AUDITOR, Roles.OPD_HEAD, Roles.VERIFIER})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "pageOpds",
            summary = "Every OPD of Pemerintah Kota Kupang in the directory, by code, a page at a time; or the office "
            + "serving a kecamatan or kelurahan", description = READERS)
    @APIResponse(responseCode = "400", description = "regionCode is not a Kemendagri code of Kota Kupang, or the page "
            + "is out of range")
    @APIResponse(responseCode = "403", description = "A partner app: the directory is not its to read")
    @APIResponse(responseCode = "200", description = "One page of the directory's OPDs, by code",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OpdPage.class)))
    public OpdPage page(
            @Parameter(description = "Also the offices dissolved since") @QueryParam("includeDissolved")
            boolean includeDissolved,
            @Parameter(description = "Kemendagri code of a kecamatan (53.71.01) or kelurahan (53.71.01.1001): "
                    + "only the office serving it") @QueryParam("regionCode") String regionCode,
            @BeanParam PageParameters paging) {
        PageRequest asked = paging.request();
        return new OpdPage(asked, opds(includeDissolved, regionCode));
    }

    private List<OpdView> opds(boolean includeDissolved, String regionCode) {
        if (regionCode != null) {
            if (!regionCode.matches(OfficeChange.REGION_CODE)) {
                throw ProblemException.invalid("regionCode", OfficeChange.REGION_CODE_MESSAGE);
            }
            return Opd.serving(regionCode).filter(readers::mayRead).map(readers::view).stream().toList();
        }
        return Opd.directory(includeDissolved).stream().filter(readers::mayRead).map(readers::view).toList();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.ADMIN, Roles.PERSONNEL_OFFICER, Roles.PPK, Roles.AUDITOR, Roles.OPD_HEAD, Roles.VERIFIER})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getOpd",
            summary = "One OPD and who heads it", description = READERS)
    @APIResponse(responseCode = "403", description = "A partner app: the directory is not its to read")
    @APIResponse(responseCode = "404", description = "No OPD has this code, or another OPD for an OPD head")
    @APIResponse(responseCode = "200", description = "The OPD and who heads it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OpdView.class)))
    public OpdView get(@PathParam("code") String code) {
        return readers.view(readable(code));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Adds an OPD (or a kelurahan office) with its first head")
    @APIResponse(responseCode = "201", description = "The OPD as the directory now shows it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OpdView.class)))
    @APIResponse(responseCode = "409", description = "The code is taken")
    public Response add(@Valid @NotNull OpdRequest request) {
        if (Opd.findById(request.code()) != null) {
            throw ProblemException.conflict("The OPD code " + request.code() + " is taken");
        }
        if (request.regionCode() != null) {
            requireRegionFree(request.regionCode(), request.code());
        }
        Opd opd = new Opd();
        opd.code = request.code();
        opd.name = request.name().strip();
        opd.regionCode = request.regionCode();
        opd.headTitle = request.head().title().strip();
        opd.headEmail = request.head().email().strip();
        opd.headName = request.head().name();
        opd.headPhone = request.head().phone();
        opd.headEmployeeId = request.head().employeeId();
        opd.persist();
        audit.record("opd.added", "opd", opd.code);
        appointments.appoint(opd.code, request.head(), caller.subject());
        return Response.status(Response.Status.CREATED).entity(OpdView.of(opd)).build();
    }

    @PATCH
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Renames the office, or sets the kecamatan or kelurahan it serves; notices already written "
            + "keep the name they were written with")
    @APIResponse(responseCode = "400", description = "No change given, or a malformed name or region code")
    @APIResponse(responseCode = "404", description = "No OPD has this code")
    @APIResponse(responseCode = "409", description = "The office is dissolved, or another office serves the region")
    @APIResponse(responseCode = "200", description = "The OPD as changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OpdView.class)))
    public OpdView change(@PathParam("code") String code, @Valid @NotNull OfficeChange change) {
        Opd opd = existing(code);
        if (change.name() == null && change.regionCode() == null) {
            throw ProblemException.invalid("name", "give a new name or regionCode");
        }
        if (change.name() != null) {
            opd.name = change.name().strip();
        }
        if (change.regionCode() != null) {
            requireRegionFree(change.regionCode(), opd.code);
            opd.regionCode = change.regionCode();
        }
        audit.record("opd.changed", "opd", opd.code);
        return OpdView.of(opd);
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    @Operation(summary = "Dissolves the office: it keeps its heads and notices, receives nothing new, and leaves the "
            + "list unless includeDissolved is asked; a case against its staff is then left for an admin to route")
    @APIResponse(responseCode = "404", description = "No OPD has this code")
    @APIResponse(responseCode = "409", description = "Already dissolved, or a standing recipient (PPK, BKPPD, "
            + "Inspectorate, Sekda) is filled by it")
    @APIResponse(responseCode = "200", description = "The OPD, dissolved from today",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OpdView.class)))
    public OpdView dissolve(@PathParam("code") String code) {
        Opd opd = existing(code);
        StandingRecipient.all().stream().filter(recipient -> recipient.officeCode.equals(opd.code)).findFirst()
                .ifPresent(recipient -> {
                    throw ProblemException.conflict("OPD " + opd.code + " fills the standing recipient "
                            + recipient.role + "; point " + recipient.role + " at another office first");
                });
        opd.dissolvedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        audit.record("opd.dissolved", "opd", opd.code);
        return OpdView.of(opd);
    }

    @GET
    @Path("/{code}/heads")
    @RolesAllowed({Roles.ADMIN, Roles.PERSONNEL_OFFICER, Roles.AUDITOR, Roles.PPK})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "heads", deprecated = true,
            summary = "Every head the OPD had and will have as a bare array; use GET /api/v1/opds/{code}/heads/page, "
                    + "which answers the page shape every list shares",
            description = "Kept for clients written before the page shape.")
    @APIResponse(responseCode = "404", description = "No OPD has this code")
    @APIResponse(responseCode = "200", description = "Who headed the OPD, from which day, earliest appointment first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = HeadView.class, type = SchemaType.ARRAY)))
    public List<HeadView> heads(@PathParam("code") String code) {
        return OpdHead.history(opd(code).code).stream().map(readers::view).toList();
    }

    /** One page of an OPD's heads. */
    @Schema(name = "HeadPage")
    public static final class HeadPage extends Page<HeadView> {
        HeadPage(PageRequest request, List<HeadView> all) {
            super(request, all);
        }
    }

    @GET
    @Path("/{code}/heads/page")
    @RolesAllowed({Roles.ADMIN, Roles.PERSONNEL_OFFICER, Roles.AUDITOR, Roles.PPK})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "pageHeads",
            summary = "Every head the OPD had and will have, by the moment each took or takes office, a page at a time")
    @APIResponse(responseCode = "404", description = "No OPD has this code")
    @APIResponse(responseCode = "200", description = "One page of who headed the OPD, from which day, earliest appointment first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = HeadPage.class)))
    public HeadPage headPage(@PathParam("code") String code, @BeanParam PageParameters paging) {
        PageRequest asked = paging.request();
        return new HeadPage(asked, OpdHead.history(opd(code).code).stream().map(readers::view).toList());
    }

    @POST
    @Path("/{code}/heads")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Appoints a head from a moment on (now when validFrom is absent); the earlier stay in history",
            description = "employeeId, the head's NIP, is optional but needed to recognise a case against the head: "
                    + "such a case goes to the head's superior (the Sekda's office, or the PPK's for the Sekda) and "
                    + "never to the head. Where no NIP is recorded no match is possible, and the notice goes to the "
                    + "head's own office.")
    @APIResponse(responseCode = "201", description = "The appointment as recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = HeadView.class)))
    @APIResponse(responseCode = "404", description = "No OPD has this code")
    @APIResponse(responseCode = "409", description = "The OPD already has a head appointed from that moment")
    public Response appoint(@PathParam("code") String code, @Valid @NotNull HeadRequest request) {
        OpdHead head = appointments.appoint(existing(code).code, request, caller.subject());
        return Response.status(Response.Status.CREATED).entity(HeadView.of(head)).build();
    }

    @PUT
    @Path("/{code}/webhook")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Sets the signed webhook the OPD head is also reached by; the secret is never shown again",
            description = "The secret is a Standard Webhooks one (whsec_ and 24 to 64 bytes in base64), or any text of "
                    + "32 or more characters as before. A new secret replaces the current one, which still signs "
                    + "alongside it for netral.notification.webhook.rotation-overlap, so that the receiver can switch "
                    + "without refusing a request.")
    @APIResponse(responseCode = "400", description = "Not https, an internal address not allow-listed, or a short "
            + "or malformed secret")
    @APIResponse(responseCode = "200", description = "The OPD with its webhook",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OpdView.class)))
    public OpdView setWebhook(@PathParam("code") String code, @Valid @NotNull WebhookRequest request) {
        Opd opd = existing(code);
        webhookPolicy.refusal(request.url().strip()).ifPresent(refusal -> {
            throw ProblemException.invalid("url", refusal);
        });
        WebhookSecret.problem(request.secret()).ifPresent(problem -> {
            throw ProblemException.invalid("secret", problem);
        });
        opd.setWebhook(request.url().strip(), request.secret(), clock.instant(), webhookConfig.rotationOverlap());
        audit.record("opd.webhook-set", "opd", opd.code);
        return OpdView.of(opd);
    }

    @DELETE
    @Path("/{code}/webhook")
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    @Operation(summary = "Removes the OPD's webhook; notices go by e-mail only, "
            + "and a channel preference for the webhook is reset")
    @APIResponse(responseCode = "200", description = "The OPD without a webhook",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OpdView.class)))
    public OpdView removeWebhook(@PathParam("code") String code) {
        Opd opd = opd(code);
        opd.removeWebhook();
        // a preference for the webhook cannot stand without one: back to the default, e-mail
        opd.channelPreference = null;
        audit.record("opd.webhook-removed", "opd", opd.code);
        return OpdView.of(opd);
    }

    @PUT
    @Path("/{code}/channels")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Sets how the OPD head receives notices, reminders and acknowledgement links: EMAIL, WEBHOOK "
            + "or EMAIL_AND_WEBHOOK")
    @APIResponse(responseCode = "400", description = "Not a known preference, or a webhook preference while the OPD "
            + "has no webhook")
    @APIResponse(responseCode = "404", description = "No OPD has this code")
    @APIResponse(responseCode = "200", description = "The OPD with its channels",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OpdView.class)))
    public OpdView setChannels(@PathParam("code") String code, @Valid @NotNull ChannelRequest request) {
        Opd opd = existing(code);
        ChannelPreference preference = ChannelPreference.valueOf(request.preference());
        if (preference.byWebhook() && opd.webhookUrl == null) {
            throw ProblemException.invalid("preference", "OPD " + opd.code + " has no webhook endpoint; set one "
                    + "before choosing " + preference);
        }
        opd.channelPreference = preference;
        audit.record("opd.channels-set", "opd", opd.code);
        return OpdView.of(opd);
    }

    private Opd readable(String code) {
        return Opd.byCode(code).filter(readers::mayRead)
                .orElseThrow(() -> ProblemException.notFound("No OPD has the code " + code));
    }

    static Opd opd(String code) {
        return Opd.byCode(code).orElseThrow(() -> ProblemException.notFound("No OPD has the code " + code));
    }

    /** An office that still exists: a dissolved one takes no new head, webhook, channel or standing role. */
    static Opd existing(String code) {
        Opd opd = opd(code);
        if (opd.dissolved()) {
            throw ProblemException.conflict("OPD " + opd.code + " was dissolved on " + opd.dissolvedAt);
        }
        return opd;
    }

    private static void requireRegionFree(String regionCode, String officeCode) {
        Opd.serving(regionCode).filter(other -> !other.code.equals(officeCode)).ifPresent(other -> {
            throw ProblemException.conflict("Region " + regionCode + " is served by " + other.code
                    + "; dissolve it or change its region first");
        });
    }
}

package id.netral.notification.tracking;

import id.netral.events.access.Roles;
import id.netral.kit.audit.AuditLog;
import id.netral.notification.message.LetterPdf;
import id.netral.kit.paging.Page;
import id.netral.kit.paging.PageParameters;
import id.netral.kit.paging.PageRequest;
import id.netral.kit.problem.ProblemException;
import id.netral.kit.security.Caller;
import id.netral.notification.Notification;
import id.netral.notification.delivery.DeliveryAttempt;
import id.netral.notification.delivery.Redelivery;
import id.netral.notification.directory.Opd;
import id.netral.notification.followup.Acknowledgements;
import id.netral.notification.followup.FollowUp;
import id.netral.notification.followup.FollowUpRequest;
import id.netral.notification.followup.FollowUpView;
import id.netral.notification.followup.StepsDueView;
import id.netral.notification.recommendation.RecommendationNotices;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** Who was told about a case, at which address, and whether the notice arrived. */
@Tag(name = "Notices",
        description = "Notices to OPD heads and their copies; acknowledgement and follow-up")
@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {
    @Inject
    Caller caller;
    @Inject
    AuditLog audit;
    @Inject
    EntityManager entityManager;
    @Inject
    Acknowledgements acknowledgements;
    @Inject
    Redelivery redelivery;
    @Inject
    RecommendationNotices recommendationNotices;

    /** @param officeCode the office of the directory whose head the notice is to go to */
    public record Readdress(@NotBlank String officeCode) {
    }

    static final String LIST_NOTE = "Every filter is optional; without any, every notice the caller may read. An OPD "
            + "head lists only the notices addressed to their own office, never the copies to the PPK, BKPPD or the "
            + "Inspectorate.";

    /** One page of notices, without their text. */
    @Schema(name = "NotificationPage")
    public static final class NotificationPage extends Page<NotificationView> {
        NotificationPage(List<NotificationView> items, PageRequest request, long total) {
            super(items, request, total);
        }
    }

    @GET
    @RolesAllowed({Roles.PERSONNEL_OFFICER, Roles.PPK, Roles.AUDITOR, Roles.ADMIN, Roles.OPD_HEAD})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listNotifications", deprecated = true,
            summary = "Notices as a bare array; use GET /api/v1/notifications/page, which answers the page shape "
                    + "every list shares", description = LIST_NOTE + " Kept for clients written before the page "
                    + "shape; the total number of matches is in the X-Total-Count header.")
    @APIResponse(responseCode = "200", description = "One page of notices",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = NotificationView.class)))
    @APIResponse(responseCode = "400", description = "A filter that is not a case id, status, role, kind or channel, or a "
            + "page or size out of range")
    public Response list(@BeanParam NotificationQuery query, @BeanParam PageParameters paging) {
        NotificationPage page = page(query, paging);
        return Response.ok(page.getItems()).header(PageParameters.TOTAL_COUNT, page.getTotal()).build();
    }

    @GET
    @Path("/page")
    @RolesAllowed({Roles.PERSONNEL_OFFICER, Roles.PPK, Roles.AUDITOR, Roles.ADMIN, Roles.OPD_HEAD})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "pageNotifications",
            summary = "Notices, optionally by case, by recipient (OPD and role), by status or kind, without their "
            + "text; oldest first, a page at a time", description = LIST_NOTE)
    @APIResponse(responseCode = "200", description = "One page of notices",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NotificationPage.class)))
    @APIResponse(responseCode = "400", description = "A filter that is not a case id, status, role, kind or channel, or a "
            + "page or size out of range")
    public NotificationPage page(@BeanParam NotificationQuery query, @BeanParam PageParameters paging) {
        PageRequest asked = paging.request();
        NotificationFilter filter = query.filter();
        if (!readsEveryNotice()) {
            filter.confineTo(caller.opd().orElse(""));
        }
        NotificationFilter.Result result = filter.page(asked);
        return new NotificationPage(result.items().stream().map(notice -> NotificationView.summary(notice,
                failureDetail())).toList(), asked, result.total());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PERSONNEL_OFFICER, Roles.PPK, Roles.AUDITOR, Roles.ADMIN, Roles.OPD_HEAD})
    @Transactional
    @Operation(operationId = "getNotification",
            summary = "One notice with its subject and body as sent")
    @APIResponse(responseCode = "404", description = "No such notice, or one of another OPD for an OPD head")
    @APIResponse(responseCode = "200", description = "The notice with its subject and body as sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NotificationView.class)))
    public NotificationView get(@PathParam("id") UUID id) {
        Notification notification = readable(id);
        audit.record("notification.read", "notification", id);
        return NotificationView.withMessage(notification, failureDetail());
    }

    @GET
    @Path("/{id}/letter.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.PERSONNEL_OFFICER, Roles.PPK, Roles.AUDITOR, Roles.ADMIN, Roles.OPD_HEAD})
    @Transactional
    @Operation(operationId = "getNotificationLetterPdf",
            summary = "The notice's letter as a PDF for the archive: the same text as sent, with its kop surat")
    @APIResponse(responseCode = "404", description = "No such notice, or one of another OPD for an OPD head")
    @APIResponse(responseCode = "200", description = "The letter as PDF",
            content = @Content(mediaType = "application/pdf",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response letterPdf(@PathParam("id") UUID id) {
        Notification notification = readable(id);
        audit.record("notification.letter-read", "notification", id);
        return Response.ok(LetterPdf.render(notification.subject, notification.body), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + LetterPdf.fileName(notification.letterNumber)
                        + "\"").build();
    }

    @GET
    @Path("/{id}/follow-ups")
    @RolesAllowed({Roles.PERSONNEL_OFFICER, Roles.PPK, Roles.AUDITOR, Roles.ADMIN, Roles.OPD_HEAD})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "followUps", deprecated = true,
            summary = "The follow-up steps recorded on a notice as a bare array; use GET "
                    + "/api/v1/notifications/{id}/follow-ups/page, which answers the page shape every list shares",
            description = "Kept for clients written before the page shape.")
    @APIResponse(responseCode = "404", description = "No such notice, or one of another OPD for an OPD head")
    @APIResponse(responseCode = "200", description = "The follow-up steps recorded on the notice, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FollowUpView.class, type = SchemaType.ARRAY)))
    public List<FollowUpView> followUps(@PathParam("id") UUID id) {
        readable(id);
        return FollowUp.ofNotification(id).stream().map(FollowUpView::of).toList();
    }

    /** One page of the follow-up steps on a notice. */
    @Schema(name = "FollowUpPage")
    public static final class FollowUpPage extends Page<FollowUpView> {
        FollowUpPage(PageRequest request, List<FollowUpView> all) {
            super(request, all);
        }
    }

    @GET
    @Path("/{id}/follow-ups/page")
    @RolesAllowed({Roles.PERSONNEL_OFFICER, Roles.PPK, Roles.AUDITOR, Roles.ADMIN, Roles.OPD_HEAD})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "pageFollowUps",
            summary = "The follow-up steps the OPD head recorded on a notice, oldest first, a page at a time")
    @APIResponse(responseCode = "404", description = "No such notice, or one of another OPD for an OPD head")
    @APIResponse(responseCode = "200", description = "One page of the follow-up steps, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FollowUpPage.class)))
    public FollowUpPage followUpPage(@PathParam("id") UUID id, @BeanParam PageParameters paging) {
        PageRequest asked = paging.request();
        readable(id);
        return new FollowUpPage(asked, FollowUp.ofNotification(id).stream().map(FollowUpView::of).toList());
    }

    @GET
    @Path("/{id}/follow-ups/due")
    @RolesAllowed({Roles.PERSONNEL_OFFICER, Roles.PPK, Roles.AUDITOR, Roles.ADMIN, Roles.OPD_HEAD})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "followUpsDue",
            summary = "The steps of the procedure not taken yet that have a day due, each with that day and whether "
                    + "it has passed",
            description = "The summons by the direct superior until the PPK decides, then the delivery of the "
                    + "decision; each due the last working day of its period (the procedure's calendar, with its "
                    + "holidays), overdue once today in Kota Kupang is after it. A reminder answers for the notice it "
                    + "reminds of; a copy or an escalation, which has no procedure of its own, answers no steps.")
    @APIResponse(responseCode = "404", description = "No such notice, or one of another OPD for an OPD head")
    @APIResponse(responseCode = "200", description = "Today and the steps still due, in the procedure's order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StepsDueView.class)))
    public StepsDueView followUpsDue(@PathParam("id") UUID id) {
        return acknowledgements.stepsDue(readable(id));
    }

    @GET
    @Path("/{id}/attempts")
    @RolesAllowed({Roles.PERSONNEL_OFFICER, Roles.PPK, Roles.AUDITOR, Roles.ADMIN, Roles.OPD_HEAD})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "attempts", deprecated = true,
            summary = "The delivery attempts of a notice as a bare array; use GET "
                    + "/api/v1/notifications/{id}/attempts/page, which answers the page shape every list shares",
            description = "Kept for clients written before the page shape. " + ATTEMPTS_NOTE)
    @APIResponse(responseCode = "404", description = "No such notice, or one of another OPD for an OPD head")
    @APIResponse(responseCode = "200", description = "Every delivery attempt of the notice, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AttemptView.class, type = SchemaType.ARRAY)))
    public List<AttemptView> attempts(@PathParam("id") UUID id) {
        readable(id);
        return DeliveryAttempt.ofNotification(id).stream().map(attempt -> AttemptView.of(attempt, failureDetail()))
                .toList();
    }

    static final String ATTEMPTS_NOTE = "Everyone allowed sees each failure's category; only admins see what the mail "
            + "server or endpoint answered (detail), which can name internal hosts and software.";

    /** One page of the delivery attempts of a notice. */
    @Schema(name = "AttemptPage")
    public static final class AttemptPage extends Page<AttemptView> {
        AttemptPage(PageRequest request, List<AttemptView> all) {
            super(request, all);
        }
    }

    @GET
    @Path("/{id}/attempts/page")
    @RolesAllowed({Roles.PERSONNEL_OFFICER, Roles.PPK, Roles.AUDITOR, Roles.ADMIN, Roles.OPD_HEAD})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "pageAttempts", summary = "Every delivery attempt of a notice on every channel, with its "
            + "result, oldest first, a page at a time", description = ATTEMPTS_NOTE)
    @APIResponse(responseCode = "404", description = "No such notice, or one of another OPD for an OPD head")
    @APIResponse(responseCode = "200", description = "One page of the delivery attempts, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AttemptPage.class)))
    public AttemptPage attemptPage(@PathParam("id") UUID id, @BeanParam PageParameters paging) {
        PageRequest asked = paging.request();
        readable(id);
        return new AttemptPage(asked, DeliveryAttempt.ofNotification(id).stream()
                .map(attempt -> AttemptView.of(attempt, failureDetail())).toList());
    }

    @POST
    @Path("/{id}/redelivery")
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    @Operation(summary = "Queues the FAILED channels of a notice again; a channel that delivered is not sent again")
    @APIResponse(responseCode = "200", description = "The notice, queued again")
    @APIResponse(responseCode = "404", description = "No such notice")
    @APIResponse(responseCode = "409", description = "No channel of the notice is FAILED")
    public NotificationView redeliver(@PathParam("id") UUID id) {
        readable(id);
        return NotificationView.withMessage(redelivery.requeue(id), true);
    }

    @POST
    @Path("/{id}/readdress")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Writes an UNDELIVERABLE notice to an OPD head again for an office of the directory (the OPD "
            + "now added, or the office that took over a dissolved one) and sends it")
    @APIResponse(responseCode = "200", description = "The notice, written for the office and queued")
    @APIResponse(responseCode = "400", description = "No office code, or one not in the directory")
    @APIResponse(responseCode = "404", description = "No such notice")
    @APIResponse(responseCode = "409", description = "The notice is not UNDELIVERABLE, or the office is dissolved")
    public NotificationView readdress(@PathParam("id") UUID id, @Valid @NotNull Readdress request) {
        Notification notice = entityManager.find(Notification.class, readable(id).id, LockModeType.PESSIMISTIC_WRITE);
        Opd office = Opd.byCode(request.officeCode()).orElseThrow(() -> ProblemException.invalid("officeCode",
                "no OPD has the code " + request.officeCode()));
        recommendationNotices.readdress(notice, office);
        audit.record("notification.readdressed", "notification", id);
        return NotificationView.withMessage(notice, true);
    }

    @POST
    @Path("/{id}/acknowledgement")
    @RolesAllowed(Roles.OPD_HEAD)
    @Transactional
    @Operation(operationId = "acknowledgeNotification",
            summary = "The OPD head confirms having received the notice; repeating it changes nothing")
    @APIResponse(responseCode = "200", description = "The notice, acknowledged now or before")
    @APIResponse(responseCode = "404", description = "No such notice, or one of another OPD")
    @APIResponse(responseCode = "409", description = "The notice went to a copy recipient, not to an OPD head")
    public NotificationView acknowledge(@PathParam("id") UUID id) {
        ownNotice(id);
        return NotificationView.withMessage(acknowledgements.acknowledge(id, caller.subject()), false);
    }

    @POST
    @Path("/{id}/follow-ups")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPD_HEAD)
    @Transactional
    @Operation(summary = "The OPD head records a step of the procedure at the city with its document",
            description = "Discipline (PP 94/2021; PPPK through PP 49/2018): SUMMONED (surat panggilan), "
                    + "EXAMINATION_TEAM_FORMED (mandatory before the examination of a heavy case), EXAMINED (BAP), "
                    + "SANCTION_PROPOSED; ethics (PP 42/2004): ETHICS_COUNCIL_FORMED, ETHICS_COUNCIL_CONCLUDED instead "
                    + "of the summons and examination. After the PPK's decision (recorded in sanction-service): "
                    + "DECISION_DELIVERED, then OBJECTION_FILED within its window (keberatan or banding "
                    + "administratif, by the sanction imposed). RECORD_BLOCKED records that BKN blocked the civil "
                    + "servant's personnel record, once a step of the city is overdue. Each step needs the number and "
                    + "date of its document; SUMMONED_AND_EXAMINED and DECREE_ISSUED are no longer recorded.")
    @APIResponse(responseCode = "201", description = "The step as recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FollowUpView.class)))
    @APIResponse(responseCode = "400", description = "No or an unknown step, a step no longer recorded, no document "
            + "number or date, a document dated in the future or before the step it follows, an objection out of "
            + "time, or a note over 2000 characters")
    @APIResponse(responseCode = "404", description = "No such notice, or one of another OPD")
    @APIResponse(responseCode = "409", description = "Not acknowledged yet, this step is already recorded, or the "
            + "procedure does not allow it now (out of order, an examination team missing for a heavy level, the "
            + "wrong track, nothing to object to, nothing overdue for BKN's blocking)")
    public Response recordFollowUp(@PathParam("id") UUID id, @Valid @NotNull FollowUpRequest request) {
        ownNotice(id);
        FollowUp followUp = acknowledgements.record(id, request, caller.subject());
        return Response.status(Response.Status.CREATED).entity(FollowUpView.of(followUp)).build();
    }

    private Notification readable(UUID id) {
        return Notification.<Notification>findByIdOptional(id).filter(this::mayRead)
                .orElseThrow(() -> ProblemException.notFound("No notification " + id));
    }

    /**
     * Addressed to the caller's office, for an OPD head: the copies to the PPK, BKPPD and the Inspectorate carry those
     * offices' addresses and are not theirs, and a notice about their own conduct goes to their superior.
     */
    private boolean mayRead(Notification notice) {
        return readsEveryNotice() || isOwn(notice);
    }

    /** What mail servers and endpoints answered can name internal hosts and software: admins only. */
    private boolean failureDetail() {
        return caller.hasRole(Roles.ADMIN);
    }

    private boolean readsEveryNotice() {
        return caller.hasRole(Roles.PERSONNEL_OFFICER) || caller.hasRole(Roles.PPK) || caller.hasRole(Roles.AUDITOR)
                || caller.hasRole(Roles.ADMIN);
    }

    private boolean isOwn(Notification notice) {
        return caller.opd().map(office -> office.equals(notice.recipientOffice)).orElse(false);
    }

    /** An OPD head answers only notices addressed to their office; another's is as unknown as a missing one. */
    private void ownNotice(UUID id) {
        Notification.<Notification>findByIdOptional(id).filter(this::isOwn)
                .orElseThrow(() -> ProblemException.notFound("No notification " + id));
    }
}

package id.netral.report.evidence;

import id.netral.events.access.Roles;
import id.netral.kit.audit.AuditLog;
import id.netral.kit.paging.Page;
import id.netral.kit.paging.PageParameters;
import id.netral.kit.paging.PageRequest;
import id.netral.kit.problem.PlainText;
import id.netral.kit.problem.ProblemException;
import id.netral.kit.ratelimit.RateLimits;
import id.netral.kit.security.Caller;
import id.netral.report.Report;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Evidence files: a partner app uploads them to its own report (the body is the file, its Content-Type one of the
 * allowed types); verifiers and auditors download them, and every download is audited.
 */
@Tag(name = "Evidence", description = "Files a partner app attaches to a report")
@Path("/api/v1/reports/{id}/attachments")
public class AttachmentResource {
    @Inject
    Caller caller;
    @Inject
    AuditLog audit;

    @Inject
    EvidenceSettings settings;
    @Inject
    RateLimits rateLimits;

    public record AttachmentView(UUID id, String fileName, String mediaType, long sizeBytes, String sha256,
                                 Instant uploadedAt) {
        static AttachmentView of(Attachment a) {
            return new AttachmentView(a.id, a.fileName, a.mediaType, a.sizeBytes, a.sha256, a.uploadedAt);
        }
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER_APP)
    @Transactional
    @Operation(summary = "Upload an evidence file to a report this partner app submitted; answers its SHA-256")
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentView.class)))
    @APIResponse(responseCode = "400", description = "Empty, too large, a type not allowed, content that is not "
            + "the declared Content-Type (checked by its first bytes), or a SHA-256 that does not match")
    @APIResponse(responseCode = "404", description = "No such report of this partner app")
    @APIResponse(responseCode = "409", description = "The report already holds as many files or bytes as one report "
            + "may (netral.evidence.max-files-per-report, max-bytes-per-report)")
    @APIResponse(responseCode = "429", description = "Too many uploads from this partner app; see Retry-After")
    public Response upload(@PathParam("id") UUID reportId,
                           @Parameter(description = "The file's name", example = "unggahan-facebook.png")
                           @QueryParam("fileName") String fileName,
                           @HeaderParam("Content-Type") String contentType,
                           @Parameter(description = "Hex SHA-256 the sender computed; refused when it differs")
                           @HeaderParam("X-Content-SHA256") String claimedSha256,
                           byte[] content) {
        rateLimits.take("upload-per-client", caller.clientId());
        // locked, so that two uploads at once cannot both take the report's last room
        Report report = Report.<Report>findByIdOptional(reportId, LockModeType.PESSIMISTIC_WRITE)
                .filter(r -> r.submittedBy.equals(caller.clientId()))
                .orElseThrow(() -> ProblemException.notFound("No report " + reportId));
        String mediaType = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!settings.mediaTypes().contains(mediaType)) {
            throw ProblemException.invalid("Content-Type", "must be one of "
                    + settings.mediaTypes().stream().sorted().toList());
        }
        if (content == null || content.length == 0) {
            throw ProblemException.invalid("body", "must be the file, not empty");
        }
        if (content.length > settings.maxBytes()) {
            throw ProblemException.invalid("body", "must be at most " + settings.maxBytes() + " bytes");
        }
        if (fileName == null || fileName.isBlank() || fileName.length() > 200) {
            throw ProblemException.invalid("fileName", "must be given, up to 200 characters");
        }
        if (!PlainText.Check.isPlain(fileName, false)) {
            throw ProblemException.invalid("fileName", PlainText.SINGLE_LINE);
        }
        String actualType = FileSignatures.mediaTypeOf(content).orElse(null);
        if (!mediaType.equals(actualType)) {
            throw ProblemException.invalid("Content-Type", "is " + mediaType + " but the file's content is "
                    + (actualType == null ? "none of the allowed types" : actualType));
        }
        EvidenceQuota.of(settings).checkRoomFor(Attachment.count("reportId", report.id),
                Attachment.totalBytesOf(report.id), content.length);
        String sha256 = sha256(content);
        if (claimedSha256 != null && !claimedSha256.strip().equalsIgnoreCase(sha256)) {
            throw ProblemException.invalid("X-Content-SHA256", "does not match the file received (" + sha256 + ")");
        }
        Attachment attachment = new Attachment();
        attachment.id = UUID.randomUUID();
        attachment.reportId = report.id;
        attachment.fileName = fileName.strip();
        attachment.mediaType = mediaType;
        attachment.sizeBytes = content.length;
        attachment.sha256 = sha256;
        attachment.content = content;
        attachment.uploadedBy = caller.clientId();
        attachment.uploadedAt = Instant.now();
        attachment.persist();
        audit.record("report.attachment.upload", "report", report.id);
        return Response.status(Response.Status.CREATED).entity(AttachmentView.of(attachment)).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.VERIFIER, Roles.AUDITOR, Roles.PARTNER_APP})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listAttachments", deprecated = true,
            summary = "The evidence files of a report as a bare array; use GET /api/v1/reports/{id}/attachments/page, "
                    + "which answers the page shape every list shares", description = "Kept for clients written "
                    + "before the page shape.")
    @APIResponse(responseCode = "200", description = "Every evidence file of the report, without its content",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AttachmentView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such report, or one another partner app submitted")
    public List<AttachmentView> list(@PathParam("id") UUID reportId) {
        visibleReport(reportId);
        return Attachment.of(reportId).stream().map(AttachmentView::of).toList();
    }

    /** One page of a report's evidence files. */
    @Schema(name = "AttachmentPage")
    public static final class AttachmentPage extends Page<AttachmentView> {
        AttachmentPage(PageRequest request, List<AttachmentView> all) {
            super(request, all);
        }
    }

    @GET
    @Path("/page")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.VERIFIER, Roles.AUDITOR, Roles.PARTNER_APP})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "pageAttachments",
            summary = "The evidence files of a report, without their content, in upload order, a page at a time")
    @APIResponse(responseCode = "200", description = "One page of the report's evidence files",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AttachmentPage.class)))
    @APIResponse(responseCode = "404", description = "No such report, or one another partner app submitted")
    public AttachmentPage page(@PathParam("id") UUID reportId, @BeanParam PageParameters paging) {
        PageRequest asked = paging.request();
        visibleReport(reportId);
        return new AttachmentPage(asked, Attachment.of(reportId).stream().map(AttachmentView::of).toList());
    }

    @GET
    @Path("/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.VERIFIER, Roles.AUDITOR})
    @Transactional
    @Operation(summary = "Download one evidence file (audited)")
    @APIResponse(responseCode = "200", description = "The file as it was uploaded, in its own media type",
            headers = {@Header(name = "Content-Disposition", description = "attachment, with the file's name",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "X-Content-SHA256", description = "The SHA-256 of the file, hex",
                            schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "X-Content-Type-Options", description = "nosniff",
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such file on this report")
    public Response download(@PathParam("id") UUID reportId, @PathParam("attachmentId") UUID attachmentId) {
        Attachment attachment = Attachment.<Attachment>findByIdOptional(attachmentId)
                .filter(a -> a.reportId.equals(reportId))
                .orElseThrow(() -> ProblemException.notFound("No attachment " + attachmentId));
        audit.record("report.attachment.download", "report", reportId);
        return Response.ok(attachment.content, attachment.mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + attachment.fileName
                        .replaceAll("[^A-Za-z0-9._-]", "_") + "\"")
                .header("X-Content-SHA256", attachment.sha256)
                // the browser must neither guess another type nor show the file inline
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private void visibleReport(UUID reportId) {
        Report.<Report>findByIdOptional(reportId)
                .filter(r -> r.readableBy(caller))
                .orElseThrow(() -> ProblemException.notFound("No report " + reportId));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

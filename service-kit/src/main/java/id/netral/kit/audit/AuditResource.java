package id.netral.kit.audit;

import id.netral.events.access.Roles;
import id.netral.kit.paging.PageParameters;
import id.netral.kit.paging.PageRequest;
import id.netral.kit.problem.PlainText;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;

/** The audit log of this service, for the Inspectorate and auditors. */
@Tag(name = "Audit", description = "The service's audit log, inside the cluster")
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Schema(name = "AuditEntry")
    public record Line(Instant at, String actor, String clientId,
                       @Schema(description = "The caller's roles, comma-separated", examples = "verifier")
                       String roles,
                       @Schema(description = "The caller's network address; internal for a step the service took "
                               + "itself", examples = "36.85.112.14") String address,
                       @Schema(description = "What was done", examples = "report.read") String action,
                       @Schema(description = "The kind of record it was done to", examples = "report")
                       String recordType,
                       @Schema(description = "Which record; for an export, what was exported",
                               examples = "0b7d9d1e-3c3f-4f43-9a6a-3e2f8c1d2a10") String recordId) {
    }

    /** One page of the audit log. */
    @Schema(name = "AuditEntryPage")
    public static final class Page extends id.netral.kit.paging.Page<Line> {
        Page(List<Line> items, PageRequest request, long total) {
            super(items, request, total);
        }
    }

    @GET
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(deprecated = true,
            summary = "Audit entries as a bare array; use GET /api/v1/audit/page, which answers the page shape every "
                    + "list shares", description = "Kept for clients written before the page shape.")
    @APIResponse(responseCode = "200", description = "One page of audit entries, newest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Line.class, type = SchemaType.ARRAY)))
    public Response entries(@QueryParam("recordId") @Size(max = 200) @PlainText String recordId,
                            @BeanParam PageParameters paging) {
        Page page = page(recordId, paging);
        return Response.ok(page.getItems()).header(PageParameters.TOTAL_COUNT, page.getTotal()).build();
    }

    @GET
    @Path("/page")
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "pageAuditEntries",
            summary = "Audit entries, newest first, optionally of one record, a page at a time")
    @APIResponse(responseCode = "200", description = "One page of audit entries, newest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class)))
    public Page page(@QueryParam("recordId") @Size(max = 200) @PlainText String recordId,
                     @BeanParam PageParameters paging) {
        PageRequest asked = paging.request();
        PanacheQuery<AuditEntry> query = recordId == null || recordId.isBlank()
                ? AuditEntry.find("order by occurredAt desc, id desc")
                : AuditEntry.find("recordId = ?1 order by occurredAt desc, id desc", recordId.strip());
        return new Page(query.page(asked.page(), asked.size()).list().stream().map(e -> new Line(e.occurredAt,
                e.actor, e.clientId, e.roles, e.address, e.action, e.recordType, e.recordId)).toList(), asked,
                query.count());
    }
}

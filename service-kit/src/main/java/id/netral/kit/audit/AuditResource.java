package id.netral.kit.audit;

import id.netral.kit.problem.ListPage;
import id.netral.kit.problem.PlainText;
import id.netral.kit.security.Roles;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;

/** The audit log of this service, for the Inspectorate and auditors. */
@Tag(name = "Audit", description = "The service's audit log, inside the cluster")
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Schema(name = "AuditEntry")
    public record Line(Instant at, String actor, String clientId, String roles, String address, String action,
                       String recordType, String recordId) {
    }

    @GET
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Audit entries, newest first, optionally of one record; pages of 50 unless asked (at most "
            + "200), from page 0")
    public List<Line> entries(@QueryParam("recordId") @Size(max = 200) @PlainText String recordId,
                              @QueryParam("page") String page, @QueryParam("size") String size) {
        ListPage asked = ListPage.of(page, size);
        PanacheQuery<AuditEntry> query = recordId == null || recordId.isBlank()
                ? AuditEntry.find("order by id desc")
                : AuditEntry.find("recordId = ?1 order by id desc", recordId.strip());
        return query.page(asked.page(), asked.size()).list().stream().map(e -> new Line(e.occurredAt, e.actor,
                e.clientId, e.roles, e.address, e.action, e.recordType, e.recordId)).toList();
    }
}

package id.netral.console.verification;

import id.netral.console.services.ReportService;
import id.netral.console.services.SanctionService;
import id.netral.console.services.Views.Assignment;
import id.netral.console.services.Views.Case;
import id.netral.console.services.Views.VerificationRequest;
import id.netral.console.services.Views.WorklistPage;
import id.netral.events.access.Roles;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The Bawaslu verifier's work: the work list, a case, taking it, and the decision. */
@Produces(MediaType.TEXT_HTML)
@Path("/verifikasi")
@RolesAllowed(Roles.VERIFIER)
public class VerifierPages {
    private static final int PAGE_SIZE = 25;

    @Inject
    @RestClient
    ReportService reports;

    @Inject
    @RestClient
    SanctionService sanctions;

    @Inject
    SecurityIdentity identity;

    @Inject
    @Location("verification/worklist.html")
    Template worklist;

    @Inject
    @Location("verification/case.html")
    Template casePage;

    /**
     * @param status  one status, or none for the open ones (waiting for a decision or for the reporter)
     * @param mine    only the cases this verifier took
     */
    @GET
    public TemplateInstance worklist(@QueryParam("status") String status, @QueryParam("opd") String opd,
                                     @QueryParam("kecamatan") String kecamatan,
                                     @QueryParam("terlambat") boolean overdueOnly,
                                     @QueryParam("milik") boolean mine, @QueryParam("halaman") int page) {
        List<String> statuses = blank(status) ? List.of("REGISTERED", "NEEDS_INFO") : List.of(status);
        String opdCode = blank(opd) ? null : opd.strip().toUpperCase();
        String kecamatanCode = blank(kecamatan) ? null : kecamatan;
        Boolean overdue = overdueOnly ? Boolean.TRUE : null;
        String assignedTo = mine ? identity.getPrincipal().getName() : null;
        WorklistPage found = reports.worklist(statuses, opdCode, kecamatanCode, overdue, assignedTo,
                "decisionDue,asc", Math.max(page, 0), PAGE_SIZE);
        Map<String, Long> counts = reports.counts(opdCode, kecamatanCode, overdue, assignedTo);
        long pages = Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        return worklist.data("found", found).data("counts", counts).data("status", blank(status) ? "" : status)
                .data("opd", opdCode == null ? "" : opdCode).data("kecamatan", kecamatanCode == null ? "" : kecamatanCode)
                .data("overdueOnly", overdueOnly).data("mine", mine).data("pages", pages)
                .data("pageNumber", found.page() + 1).data("previous", found.page() - 1)
                .data("next", found.page() + 1 < pages ? found.page() + 1 : -1);
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@PathParam("id") UUID id) {
        Case found = reports.get(id);
        String on = found.incident() == null || found.incident().date() == null ? null
                : found.incident().date().toString();
        return casePage.data("c", found).data("catalogue", sanctions.catalogue(on))
                .data("me", identity.getPrincipal().getName());
    }

    /** Take the case: it becomes this verifier's to decide. */
    @POST
    @Path("{id}/ambil")
    public Response take(@PathParam("id") UUID id) {
        reports.assign(id, new Assignment(null));
        return backTo(id);
    }

    /**
     * @param decision      VERIFIED, NOT_PROVEN or NEEDS_INFO
     * @param violationKind the SKB row, for VERIFIED
     * @param note          the reasons, or the question to the reporter for NEEDS_INFO
     */
    @POST
    @Path("{id}/putusan")
    public Response decide(@PathParam("id") UUID id, @FormParam("decision") String decision,
                           @FormParam("violationKind") String violationKind, @FormParam("note") String note) {
        reports.decide(id, new VerificationRequest(decision,
                "VERIFIED".equals(decision) && !blank(violationKind) ? violationKind : null,
                blank(note) ? null : note.strip()));
        return backTo(id);
    }

    private static Response backTo(UUID id) {
        return Response.seeOther(URI.create("/verifikasi/" + id)).build();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

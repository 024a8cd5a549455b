package id.netral.console.verification;

import id.netral.console.forms.FormFields;
import id.netral.console.forms.Refusal;
import id.netral.console.offices.OfficeNames;
import id.netral.console.services.ReportService;
import id.netral.console.services.SanctionService;
import id.netral.console.services.Views.Assignment;
import id.netral.console.services.Views.Attachment;
import id.netral.console.services.Views.Case;
import id.netral.console.services.Views.ForwardingRequest;
import id.netral.console.services.Views.VerificationRequest;
import id.netral.console.services.Views.WorklistPage;
import id.netral.console.services.Views;
import id.netral.console.words.Words;
import id.netral.events.access.Roles;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The Bawaslu verifier's work: the work list, a case, taking it, the decision, and the forwarding of a proven case's
 * study to KASN or BKN with its hand-off export.
 */
@Produces(MediaType.TEXT_HTML)
@Path("/verifikasi")
@RolesAllowed(Roles.VERIFIER)
public class VerifierPages {
    private static final int PAGE_SIZE = 25;
    /** report-service keeps at most a handful of files per report; one page holds them all */
    private static final int MOST_FILES = 200;
    /** report-service relates at most 50 reports of each kind to a case */
    private static final int MOST_RELATED = 150;
    /** The hand-off export's formats, by the last part of the download's address. */
    private static final Map<String, String> HAND_OFF_FORMATS = Map.of(
            "json", MediaType.APPLICATION_JSON, "html", MediaType.TEXT_HTML);

    @Inject
    @RestClient
    ReportService reports;

    @Inject
    @RestClient
    SanctionService sanctions;

    @Inject
    SecurityIdentity identity;

    @Inject
    OfficeNames officeNames;

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

    @Inject
    @Location("verification/reporter.html")
    Template reporterPage;

    @GET
    @Path("{id}")
    public TemplateInstance show(@PathParam("id") UUID id) {
        return casePage(id, null, Map.of());
    }

    /**
     * The case page, with a refused form's reason and its entries when the service refused it.
     *
     * @param forwardingForm the forwarding form's entries as sent, to show again
     */
    private TemplateInstance casePage(UUID id, Refusal refusal, Map<String, String> forwardingForm) {
        Case found = reports.get(id);
        String on = found.incident() == null || found.incident().date() == null ? null
                : found.incident().date().toString();
        List<Attachment> files = orEmpty(reports.attachments(id, MOST_FILES).items());
        return casePage.data("c", found).data("catalogue", sanctions.catalogue(on))
                .data("opdName", officeNames.of(found.accused() == null ? null : found.accused().opdCode()))
                .data("me", identity.getPrincipal().getName())
                .data("files", files)
                .data("related", orEmpty(reports.duplicates(id, MOST_RELATED).items()))
                .data("refusal", refusal).data("forwardingForm", forwardingForm)
                .data("today", LocalDate.now(Words.KUPANG).toString());
    }

    /**
     * Records Bawaslu's forwarding of its study to KASN or BKN, as its letter says; report-service decides the body
     * by the letter's day. A refusal comes back on the case page in words, nothing recorded.
     *
     * @param forwardedOn YYYY-MM-DD, as the date field sends it; anything else is sent as no day, which
     *                    report-service refuses
     */
    @POST
    @Path("{id}/penerusan")
    public Response forward(@PathParam("id") UUID id, @FormParam("forwardedOn") String forwardedOn,
                            @FormParam("letterNumber") String letterNumber,
                            @FormParam("forwardedBy") String forwardedBy) {
        try {
            reports.forward(id, new ForwardingRequest(FormFields.day(forwardedOn), FormFields.text(letterNumber),
                    FormFields.text(forwardedBy)));
        } catch (WebApplicationException e) {
            Refusal refusal = Refusal.from(e, "Kasus ini tidak ditemukan.",
                    "Kajian kasus ini sudah pernah diteruskan, atau kasusnya tidak lagi berstatus terbukti. "
                            + "Keadaannya terlihat di halaman ini.");
            return Refusal.page(casePage(id, refusal, FormFields.asTyped("forwardedOn", forwardedOn,
                    "letterNumber", letterNumber, "forwardedBy", forwardedBy)));
        }
        return backTo(id);
    }

    /**
     * The case as report-service exports it for the hand-off to KASN or BKN, to copy into their channel instead of
     * retyping: {@code json} the data, {@code html} a page to print; never the reporter. A download, served from the
     * console's origin under a policy that runs nothing.
     */
    @GET
    @Path("{id}/penerusan/{format}")
    @Produces(MediaType.WILDCARD)
    public Response handOff(@PathParam("id") UUID id, @PathParam("format") String format) {
        String mediaType = HAND_OFF_FORMATS.get(format);
        if (mediaType == null) {
            throw new NotFoundException();
        }
        try (Response export = reports.handOff(id, mediaType)) {
            byte[] content = export.readEntity(byte[].class);
            return Response.ok(content, mediaType + ";charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"penerusan-kasus-" + id + "." + format + "\"")
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Cache-Control", "private, no-store")
                    .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
                    .build();
        }
    }

    /**
     * An evidence file, fetched from report-service with the verifier's token (which audits it) and passed on from
     * the console's own origin, so the strict Content-Security-Policy can keep img-src 'self'. A picture is shown
     * inline in the case page; everything else, and a picture asked for with ?unduh=1, comes as a download.
     */
    @GET
    @Path("{id}/bukti/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    public Response evidence(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId,
                             @QueryParam("unduh") boolean download) {
        Response file = reports.attachment(id, attachmentId);
        String mediaType = file.getMediaType() == null ? MediaType.APPLICATION_OCTET_STREAM
                : file.getMediaType().getType() + "/" + file.getMediaType().getSubtype();
        boolean inline = !download && Views.PICTURES.contains(mediaType);
        String fileName = fileName(file.getHeaderString("Content-Disposition"));
        return Response.ok(file.readEntity(InputStream.class), inline ? mediaType : MediaType.APPLICATION_OCTET_STREAM)
                .header("Content-Disposition", (inline ? "inline" : "attachment") + "; filename=\"" + fileName + "\"")
                .header("X-Content-Type-Options", "nosniff")
                // evidence names people: no copy in a shared browser's cache
                .header("Cache-Control", "private, no-store")
                // opened on its own, the file runs nothing and reaches nothing
                .header("Content-Security-Policy", "default-src 'none'; img-src 'self'; sandbox")
                .build();
    }

    /**
     * The reporter's identity, only on this explicit request (a form with its CSRF token): report-service audits
     * every opening and every refusal. The page is shown once and never cached; a refusal gets a page that says why.
     */
    @POST
    @Path("{id}/pelapor")
    public Response revealReporter(@PathParam("id") UUID id) {
        TemplateInstance page = reporterPage.data("caseId", id);
        Response.Status status = Response.Status.OK;
        try {
            page = page.data("reporter", reports.reporter(id)).data("refusal", null);
        } catch (WebApplicationException e) {
            int answered = e.getResponse() == null ? 0 : e.getResponse().getStatus();
            if (answered != 403 && answered != 410) {
                throw e;
            }
            page = page.data("reporter", null).data("refusal", answered == 403 ? "confidential" : "erased");
            status = answered == 403 ? Response.Status.FORBIDDEN : Response.Status.GONE;
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render())
                .header("Cache-Control", "no-store").header("Pragma", "no-cache").build();
    }

    /** The name report-service gave the file (already reduced to letters, digits, dot, dash and underscore). */
    static String fileName(String disposition) {
        String name = "bukti";
        if (disposition != null) {
            java.util.regex.Matcher quoted = java.util.regex.Pattern.compile("filename=\"([^\"]+)\"")
                    .matcher(disposition);
            if (quoted.find()) {
                name = quoted.group(1);
            }
        }
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
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

    private static <T> List<T> orEmpty(List<T> items) {
        return items == null ? List.of() : items;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

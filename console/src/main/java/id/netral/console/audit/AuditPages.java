package id.netral.console.audit;

import id.netral.events.access.Roles;
import id.netral.console.services.AdminViews.AuditPage;
import id.netral.console.services.ServiceLogs;
import id.netral.console.services.ServiceLogs.Service;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Each service's audit log for the Inspectorate's auditors (and admins, whom the services let read it too): newest
 * first, a page at a time, narrowed to one record (a case, a recommendation, a notice, an OPD) as the APIs allow.
 */
@Produces(MediaType.TEXT_HTML)
@Path("/audit")
@RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
public class AuditPages {
    static final int PAGE_SIZE = 50;
    /** The services' own limit on a record id they search by. */
    static final int MAX_RECORD_ID = 200;

    @Inject
    ServiceLogs logs;

    @Inject
    @Location("audit/log.html")
    Template log;

    /**
     * @param slug     laporan, sanksi or pemberitahuan; report-service's log when absent or unknown
     * @param recordId the id of one record (a case's id, an OPD's code), as the log names it
     */
    @GET
    public TemplateInstance show(@QueryParam("layanan") String slug, @QueryParam("catatan") String recordId,
                                 @QueryParam("halaman") int page) {
        Service service = Service.bySlug(slug == null ? "" : slug).orElse(Service.REPORTS);
        String record = recordId == null ? "" : recordId.strip();
        boolean tooLong = record.length() > MAX_RECORD_ID || record.contains("\n");
        AuditPage found = tooLong ? new AuditPage(java.util.List.of(), 0, PAGE_SIZE, 0)
                : logs.audit(service, record.isEmpty() ? null : record, Math.max(page, 0), PAGE_SIZE);
        long pages = Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        String filter = "/audit?layanan=" + service.slug() + "&catatan="
                + URLEncoder.encode(record, StandardCharsets.UTF_8) + "&halaman=";
        return log.data("service", service).data("services", Service.values()).data("record", record)
                .data("tooLong", tooLong).data("found", found).data("pages", pages)
                .data("pageNumber", found.page() + 1)
                .data("previous", found.page() > 0 ? filter + (found.page() - 1) : null)
                .data("next", found.page() + 1 < pages ? filter + (found.page() + 1) : null);
    }
}

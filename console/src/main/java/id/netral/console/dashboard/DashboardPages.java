package id.netral.console.dashboard;

import id.netral.console.people.SignedInPerson;
import id.netral.console.offices.OfficeNames;
import id.netral.console.services.ReportService;
import id.netral.console.services.SanctionService;
import id.netral.console.services.Views.Catalogue;
import id.netral.console.services.Views.Election;
import id.netral.console.services.Views.Violation;
import id.netral.events.access.Roles;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard of an election: pictures of its cases (over time, by SKB kind, OPD and kecamatan, the status funnel,
 * what is overdue) drawn as SVG on the server, so they need no script, print, and carry their numbers; every picture
 * has its table. The numbers are the services' recaps, read with the person's own token, the OPDs named as
 * notification-service's directory names them; the download is report-service's export, passed through.
 */
@Produces(MediaType.TEXT_HTML)
@Path("/dasbor")
@RolesAllowed({Roles.VERIFIER, Roles.PERSONNEL_OFFICER, Roles.PPK, Roles.AUDITOR})
public class DashboardPages {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The formats of the download, by the last part of its address. */
    private static final Map<String, String> FORMATS = Map.of("csv", "text/csv", "xlsx", XLSX);

    @Inject
    @RestClient
    ReportService reports;

    @Inject
    @RestClient
    SanctionService sanctions;

    @Inject
    OfficeNames officeNames;

    @Inject
    SignedInPerson person;

    @Inject
    @Location("dashboard/elections.html")
    Template elections;

    @Inject
    @Location("dashboard/election.html")
    Template dashboard;

    /** The elections, the latest voting day first, each leading to its dashboard. */
    @GET
    public TemplateInstance elections() {
        return elections.data("elections", calendar());
    }

    @GET
    @Path("{election}")
    public TemplateInstance show(@PathParam("election") String electionId) {
        Election election = election(electionId);
        String id = election.id();
        Dashboard.Recaps recaps = new Dashboard.Recaps(
                reports.recap("status", id, null),
                reports.recap("violationKind", id, null),
                reports.recap("opd", id, null),
                reports.recap("kecamatan", id, null),
                reports.recap("incidentDate", id, null),
                reports.recap("status", id, true),
                person.readsRecommendations() ? sanctions.recommendationRecap("status", id) : null);
        return dashboard.data("d", Dashboard.of(election, recaps, kinds(election), officeNames.all()));
    }

    /** The election's cases as a spreadsheet (csv or xlsx), as report-service exports them for this person. */
    @GET
    @Path("{election}/unduh/{format}")
    @RolesAllowed({Roles.VERIFIER, Roles.PERSONNEL_OFFICER, Roles.AUDITOR})
    @Produces({"text/csv", XLSX})
    public Response download(@PathParam("election") String electionId, @PathParam("format") String format) {
        String mediaType = FORMATS.get(format);
        if (mediaType == null) {
            throw new NotFoundException();
        }
        Election election = election(electionId);
        try (Response export = reports.export(election.id(), mediaType)) {
            byte[] sheet = export.readEntity(byte[].class);
            return Response.ok(sheet, export.getMediaType())
                    .header(HttpHeaders.CONTENT_DISPOSITION, export.getHeaderString(HttpHeaders.CONTENT_DISPOSITION))
                    .header("X-Total-Count", export.getHeaderString("X-Total-Count"))
                    .build();
        }
    }

    private List<Election> calendar() {
        return sanctions.elections(0, 100).items().stream()
                .sorted(Comparator.comparing(Election::votingDay, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    /** Only an election of the calendar has a dashboard; any other address is a page not found. */
    private Election election(String id) {
        return calendar().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow(NotFoundException::new);
    }

    /** The SKB 2022 rows in force on the election's voting day, as words by code. */
    private Map<String, String> kinds(Election election) {
        Catalogue catalogue = sanctions.catalogue(election.votingDay() == null ? null : election.votingDay().toString());
        Map<String, String> kinds = new LinkedHashMap<>();
        for (Violation violation : catalogue.violations()) {
            kinds.put(violation.code(), violation.act());
        }
        return kinds;
    }
}

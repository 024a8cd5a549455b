package id.netral.report.worklist;

import id.netral.events.access.Roles;
import id.netral.kit.audit.AuditLog;
import id.netral.kit.problem.Problem;
import id.netral.kit.problem.ProblemException;
import id.netral.kit.security.Caller;
import id.netral.report.ReportStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The work list as a spreadsheet for verifiers, auditors and BKPPD (which sends it on): CSV for Excel set to Indonesian, or an XLSX workbook,
 * chosen by the Accept header (one URL for the console to link to, the format the caller asks for). Audited either way.
 * BKPPD acts on cases Bawaslu found proven, so its export holds only those: a case not yet verified names a person
 * who may yet be cleared. The rule is kept here, not in a client, so every way to the export keeps it.
 */
@Tag(name = "Work list")
@Path("/api/v1/reports/export")
public class WorklistExportResource {
    static final int EXPORT_LIMIT = 10_000;

    @Inject
    Worklist worklist;
    @Inject
    WorklistSheet sheet;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;
    @Inject
    Caller caller;

    /** The CSV a verifier opens in Excel: the header row and one case (after the byte order mark). */
    static final String CSV_EXAMPLE = """
            No.;ID laporan;Status;Diterima (WITA);Pemilihan;Kecamatan;Kelurahan;Nama terlapor;NIP/NI PPPK;OPD;\
            Dugaan jenis pelanggaran (SKB 2022);Jenis pelanggaran terverifikasi (SKB 2022);\
            Batas keputusan verifikasi;Lewat batas waktu;Verifikator
            1;0b7d9d1e-3c3f-4f43-9a6a-3e2f8c1d2a10;Diregistrasi, menunggu verifikasi;2024-10-05 10:00;\
            Pilkada Serentak 2024;Kelapa Lima;Oesapa;Yohanes Bria;19860926 201505 1 001;DISPERKIM;\
            D2 – Sosialisasi atau kampanye melalui media sosial atau daring untuk calon Presiden/Wakil Presiden, \
            DPR, DPD, DPRD atau kepala daerah dan wakilnya;;2024-10-15;Tidak;
            """;

    // No @Produces: the framework's own 406 would say only that Accept did not match @Produces; this one names the
    // formats on offer. The 200 response below declares both media types in OpenAPI.
    @GET
    @RolesAllowed({Roles.VERIFIER, Roles.AUDITOR, Roles.PERSONNEL_OFFICER})
    @Operation(summary = "The work list under its filters as a spreadsheet, oldest first, at most " + EXPORT_LIMIT
            + " rows; never the reporter, nor the tracking code; BKPPD sends it on with the dashboard's numbers, "
            + "and its export holds only the cases Bawaslu found proven (VERIFIED and later)",
            description = "Accept: text/csv (the default; semicolon-separated, UTF-8 with a byte order mark, as "
                    + "Excel set to Indonesian opens it) or " + WorklistWorkbook.MEDIA_TYPE + " (XLSX with number "
                    + "and date cells and a frozen header). Headers and values are in Bahasa Indonesia.")
    @APIResponse(responseCode = "200", description = "The spreadsheet, as an attachment", content = {
            @Content(mediaType = WorklistCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "one case", value = CSV_EXAMPLE)),
            @Content(mediaType = WorklistWorkbook.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "A filter is malformed, named in application/problem+json")
    @APIResponse(responseCode = "406", description = "Accept names neither text/csv nor the XLSX media type")
    public Response export(@BeanParam WorklistFilter filter,
                           @Parameter(hidden = true) @Context HttpHeaders headers) {
        ExportFormat format = ExportFormat.of(headers.getAcceptableMediaTypes()).orElseThrow(() ->
                new ProblemException(Problem.of(Response.Status.NOT_ACCEPTABLE, "The export is offered as "
                        + WorklistCsv.MEDIA_TYPE + " or " + WorklistWorkbook.MEDIA_TYPE + "; ask for one in Accept.")));
        List<Worklist.Item> items = readable(WorklistQuery.of(filter))
                .map(query -> worklist.all(query, EXPORT_LIMIT)).orElse(List.of());
        audit.record("report.exported", "report-list", items.size() + " reports as " + format);
        WorklistSheet.Table table = sheet.of(items);
        Response.ResponseBuilder answer = format == ExportFormat.XLSX
                ? Response.ok(WorklistWorkbook.of(table), format.mediaType)
                : Response.ok(WorklistCsv.of(table), format.mediaType.withCharset("UTF-8"));
        return answer.header("Content-Disposition", "attachment; filename=\"daftar-laporan-netral-"
                        + LocalDate.now(clock) + "." + format.extension + "\"")
                .header("X-Total-Count", items.size())
                .build();
    }

    /** Verifiers and auditors export every case; BKPPD only those found proven, whatever status it asked for. */
    private Optional<WorklistQuery> readable(WorklistQuery asked) {
        if (caller.hasRole(Roles.VERIFIER) || caller.hasRole(Roles.AUDITOR)) {
            return Optional.of(asked);
        }
        return asked.within(ReportStatus::foundProven);
    }
}

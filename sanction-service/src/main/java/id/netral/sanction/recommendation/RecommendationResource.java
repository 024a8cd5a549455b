package id.netral.sanction.recommendation;

import id.netral.events.access.Roles;
import id.netral.kit.audit.AuditLog;
import id.netral.kit.paging.Page;
import id.netral.kit.paging.PageParameters;
import id.netral.kit.paging.PageRequest;
import id.netral.kit.problem.Problem;
import id.netral.kit.problem.ProblemException;
import id.netral.kit.recap.RecapRow;
import id.netral.kit.recap.Recaps;
import id.netral.kit.security.Caller;
import id.netral.sanction.catalogue.Catalogue;
import id.netral.sanction.catalogue.RuleBook;
import id.netral.sanction.procedure.StepTaken;
import id.netral.sanction.procedure.StepsBeforeDecree;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Tag(name = "Recommendations", description = "Sanction recommendations, their revision and the PPK's decision")
@Path("/api/v1/recommendations")
@Produces(MediaType.APPLICATION_JSON)
public class RecommendationResource {
    static final String READERS_NOTE = "Personnel officers, the PPK and auditors read every recommendation; an OPD "
            + "head only those of their own OPD.";

    @Inject
    Caller caller;
    @Inject
    AuditLog audit;
    @Inject
    Lifecycle lifecycle;
    @Inject
    RuleBook ruleBook;
    @Inject
    StepsBeforeDecree stepsBeforeDecree;

    @GET
    @Path("/recap")
    @RolesAllowed({Roles.PERSONNEL_OFFICER, Roles.PPK, Roles.AUDITOR, Roles.OPD_HEAD})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "How many recommendations fall on each OPD, SKB 2022 kind, track, level, sanction (NOT_PROVEN "
            + "or CANCELLED where the decree imposed none), status or decision outcome under the list's filters, most first: the recap BKPPD reports to BKN with", description = READERS_NOTE)
    @APIResponse(responseCode = "200", description = "One row per value of by, with how many recommendations have it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = RecapRow.class)))
    @APIResponse(responseCode = "400", description = "by is missing or unknown, or a filter is malformed")
    public List<RecapRow> recap(
            @Parameter(description = "opd, violationKind, track, level, sanction, status or outcome", required = true)
            @QueryParam("by") String by,
            @BeanParam RecommendationFilter filter) {
        RecommendationQuery.RecapBy recapBy = Recaps.by(RecommendationQuery.RecapBy.class, by);
        RecommendationQuery query = RecommendationQuery.of(filter, new PageParameters());
        return scoped(query).map(q -> q.recap(recapBy)).orElse(List.of());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PERSONNEL_OFFICER, Roles.PPK, Roles.AUDITOR, Roles.OPD_HEAD})
    @Transactional
    @Operation(summary = "A sanction recommendation with its legal basis, explanation, decision and history, and the "
            + "steps of the procedure at the city known from notification-service",
            description = READERS_NOTE + " procedure.beforeDecree lists the steps still to be taken before the PPK's "
                    + "decree on the act can be recorded.")
    @APIResponse(responseCode = "200", description = "The recommendation", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecommendationView.class),
            examples = @ExampleObject(name = "revised", value = EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such recommendation, or one of another OPD for an OPD head")
    public RecommendationView get(@PathParam("id") UUID id) {
        Recommendation recommendation = Recommendation.<Recommendation>findByIdOptional(id)
                .filter(r -> caller.mayReadCaseOf(r.accused.opdCode))
                .orElseThrow(() -> ProblemException.notFound("No recommendation " + id));
        audit.record("recommendation.read", "recommendation", id);
        Catalogue catalogue = ruleBook.version(recommendation.ruleVersion).orElseThrow();
        return RecommendationView.of(recommendation, recommendation.allowedSanctions.stream()
                        .map(code -> catalogue.sanction(code).orElseThrow()).toList(),
                HistoryEntry.of(id).stream().map(HistoryEntry.View::of).toList(),
                recommendation.bodySanction == null ? null
                        : catalogue.sanction(recommendation.bodySanction).map(Catalogue.Sanction::text).orElse(null),
                new RecommendationView.ProcedureView(StepTaken.of(id).stream().map(StepTaken.View::of).toList(),
                        stepsBeforeDecree.missing(id, recommendation.track, recommendation.level)));
    }

    /** One page of recommendations (without their history). */
    @Schema(name = "RecommendationPage")
    public static final class RecommendationPage extends Page<RecommendationView> {
        RecommendationPage(List<RecommendationView> items, PageRequest request, long total) {
            super(items, request, total);
        }
    }

    @GET
    @RolesAllowed({Roles.PERSONNEL_OFFICER, Roles.PPK, Roles.AUDITOR, Roles.OPD_HEAD})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listRecommendations", deprecated = true,
            summary = "Recommendations as a bare array; use GET /api/v1/recommendations/page, which answers the page "
                    + "shape every list shares",
            description = READERS_NOTE + " Kept for clients written before the page shape; the total number of "
                    + "matches is in the X-Total-Count header.")
    @APIResponse(responseCode = "200", description = "One page of recommendations (without their history)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = RecommendationView.class)))
    @APIResponse(responseCode = "400", description = "A filter or the page is malformed; the problem names it")
    public Response list(@BeanParam RecommendationFilter filter, @BeanParam PageParameters paging) {
        RecommendationPage page = page(filter, paging);
        return Response.ok(page.getItems()).header(PageParameters.TOTAL_COUNT, page.getTotal()).build();
    }

    @GET
    @Path("/page")
    @RolesAllowed({Roles.PERSONNEL_OFFICER, Roles.PPK, Roles.AUDITOR, Roles.OPD_HEAD})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "pageRecommendations",
            summary = "Recommendations, newest first, filtered and a page at a time", description = READERS_NOTE)
    @APIResponse(responseCode = "200", description = "One page of recommendations (without their history)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RecommendationPage.class)))
    @APIResponse(responseCode = "400", description = "A filter or the page is malformed; the problem names it")
    public RecommendationPage page(@BeanParam RecommendationFilter filter, @BeanParam PageParameters paging) {
        RecommendationQuery query = RecommendationQuery.of(filter, paging);
        RecommendationQuery.Result result = scoped(query).map(RecommendationQuery::run).orElseGet(query::none);
        return new RecommendationPage(result.items().stream().map(RecommendationView::of).toList(), result.page(),
                result.total());
    }

    @POST
    @Path("/{id}/revisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PERSONNEL_OFFICER)
    @Operation(summary = "Revise a recommendation (BKPPD personnel officer), with a reason kept in its history",
            description = "Naming violationKind re-reads the catalogue for that SKB row (track, level, allowed "
                    + "sanctions, legal basis); recommendedSanction must be one of the allowed sanctions. A decided "
                    + "recommendation is not revised. Emits id.netral.sanction.revised.v1.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "heavier sanction", value = """
                    {"recommendedSanction": "B2", "reason": "Unggahan kampanye diulang tiga kali selama masa \
                    kampanye dan disebarkan di grup kantor."}"""),
            @ExampleObject(name = "place a D13 case on a row", value = """
                    {"violationKind": "D8", "reason": "Satgas menilai pembagian sembako bermerek paslon sebagai \
                    kegiatan yang mengarah pada keberpihakan (D8)."}""")}))
    @APIResponse(responseCode = "200", description = "The revised recommendation")
    @APIResponse(responseCode = "400", description = "Reason missing, unknown row, or a sanction outside the "
            + "allowed list; the problem names the field and nothing is changed")
    @APIResponse(responseCode = "403", description = "Only a personnel officer revises")
    @APIResponse(responseCode = "404", description = "No such recommendation")
    @APIResponse(responseCode = "409", description = "The recommendation is already decided")
    public RecommendationView revise(@PathParam("id") UUID id,
                                     @Valid @NotNull(message = "is required") Revision revision) {
        return RecommendationView.of(lifecycle.revise(id, revision));
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PPK)
    @Operation(summary = "Record the PPK's decision: decree number and date, and its outcome: the sanction imposed, "
            + "not proven (tidak terbukti) or cancelled (dibatalkan)",
            description = "Only the PPK records it: the decree is the PPK's act, and the officer who drafts or "
                    + "revises the recommendation does not also record its outcome. outcome SANCTIONED (the default) "
                    + "names one of the allowed sanctions and emits id.netral.sanction.decided.v1; NOT_PROVEN and "
                    + "CANCELLED name no sanction, give the reason, and emit id.netral.sanction.not-imposed.v1 (the "
                    + "Kemendagri figures count them; such a case is no earlier violation for a later one). An "
                    + "overdue recommendation can still be decided. SANCTIONED and NOT_PROVEN are findings on the "
                    + "act and wait for the examination at the city, as notification-service records its steps: "
                    + "the summons and the examination (BAP), with the examination team formed first for the levels "
                    + "of netral.procedure.examination-team-levels and for a dismissal (PP 94/2021), or for an "
                    + "ethics case the Majelis Kode Etik's conclusion (PP 42/2004). CANCELLED does not wait.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {@ExampleObject(
            name = "decree", value = """
            {"decreeNumber": "800.1.6.4/123/BKPPD/2024", "decreeDate": "2024-10-20", "imposedSanction": "B1"}"""),
            @ExampleObject(name = "not proven", value = """
            {"decreeNumber": "800.1.6.4/124/BKPPD/2024", "decreeDate": "2024-10-21", "outcome": "NOT_PROVEN",
             "reason": "Pemeriksaan tidak membuktikan unggahan kampanye"}""")}))
    @APIResponse(responseCode = "200", description = "The decided recommendation")
    @APIResponse(responseCode = "400", description = "A field is missing or malformed, the decree date is in the "
            + "future, the sanction is not an allowed one, a sanction is named for a decree imposing none, or no "
            + "reason is given for one; the problem names the field and nothing is changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "not allowed",
                    value = """
                    {"type": "https://netral.id/problems/invalid-request", "title": "Invalid request", "status": 400,
                     "detail": "The request has 1 invalid field(s); nothing was stored.",
                     "errors": [{"field": "imposedSanction",
                                 "message": "must be one of the allowed sanctions [B1, B2, B3]"}]}""")))
    @APIResponse(responseCode = "403", description = "Only the PPK records a decision")
    @APIResponse(responseCode = "404", description = "No such recommendation")
    @APIResponse(responseCode = "409", description = "Already decided, still waiting for a BKPPD revision "
            + "(manual review), or the examination at the city is not recorded yet: the problem names the missing "
            + "steps and nothing is changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "not examined",
                    value = """
                    {"type": "about:blank", "title": "Conflict", "status": 409,
                     "detail": "The PPK's decree (SANCTIONED) cannot be recorded before the examination: the direct \
                    superior summons the civil servant in writing and the civil servant is examined before the PPK \
                    decides (PP 94/2021); level BERAT is examined by an examination team formed first. Not recorded \
                    yet: EXAMINATION_TEAM_FORMED, EXAMINED (the OPD head records each step on the notice at \
                    notification-service); nothing was changed"}""")))
    public RecommendationView decide(@PathParam("id") UUID id,
                                     @Valid @NotNull(message = "is required") Decision decision) {
        return RecommendationView.of(lifecycle.decide(id, decision));
    }

    private static final String EXAMPLE = """
            {"id": "6f1c2d4e-8a53-4a0e-9d7e-2b9a0c1f5e11", "reportId": "0b7d9d1e-3c3f-4f43-9a6a-3e2f8c1d2a10",
             "electionId": "PILKADA-2024", "incidentDate": "2024-10-01", "verifiedAt": "2024-10-05T02:00:00Z",
             "accused": {"employeeId": "198609262015051001", "name": "Yohanes Bria", "employmentType": "PNS",
                         "opdCode": "DISPERKIM", "position": "Kepala Seksi Perumahan"},
             "violationKind": "E2", "appliedKind": "D2", "track": "DISCIPLINE", "level": "BERAT",
             "allowedSanctions": ["B1", "B2", "B3"], "recommendedSanction": "B2",
             "legalBasis": ["SKB 2022, bentuk pelanggaran disiplin D2", "PP 94/2021 Pasal 8"],
             "explanation": ["Bentuk pelanggaran E2 (SKB 2022): Sosialisasi atau kampanye melalui media sosial ...",
                             "Perbuatan terjadi 1 Oktober 2024, pada atau sesudah penetapan calon Pilkada 2024 ..."],
             "sanctioningBody": "BKN", "ppkDueDate": "2024-10-15", "ruleVersion": "SKB2022-PP94-v1",
             "recommendedAt": "2024-10-05T02:00:01Z", "priorRecommendations": [], "status": "OPEN",
             "revisedAt": "2024-10-07T01:00:00Z", "decision": null, "overdueAt": null,
             "sanctions": [{"code": "B1", "track": "DISCIPLINE", "level": "BERAT",
                            "text": "penurunan jabatan setingkat lebih rendah selama 12 bulan",
                            "legalBasis": ["PP 94/2021 Pasal 8"]}],
             "history": [{"occurredAt": "2024-10-05T02:00:01Z", "action": "RECOMMENDED", "actor": "sanction-service",
                          "reason": null, "changes": ["Rekomendasi dibuat dari kasus terverifikasi: baris D2 ..."]},
                         {"occurredAt": "2024-10-07T01:00:00Z", "action": "REVISED", "actor": "officer-1",
                          "reason": "Unggahan diulang tiga kali", "changes": ["Sanksi yang direkomendasikan B1 -> B2."]}]}""";

    /**
     * The query as the caller may run it: an OPD head sees their own OPD only, and another OPD's cases are not there
     * for them, not even as a count (empty). "" is nobody's OPD: only a caller bound to one OPD may not read it.
     */
    private Optional<RecommendationQuery> scoped(RecommendationQuery query) {
        if (caller.mayReadCaseOf("")) {
            return Optional.of(query);
        }
        return query.opd() == null || caller.mayReadCaseOf(query.opd())
                ? Optional.of(query.forOpd(caller.opd().orElse(""))) : Optional.empty();
    }
}

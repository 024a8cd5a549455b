package id.netral.console.recommendations;

import id.netral.console.forms.FormFields;
import id.netral.console.forms.Refusal;
import id.netral.console.offices.OfficeNames;
import id.netral.console.services.SanctionService;
import id.netral.console.services.Views.BodyResultRequest;
import id.netral.console.services.Views.Catalogue;
import id.netral.console.services.Views.Decree;
import id.netral.console.services.Views.Recommendation;
import id.netral.console.services.Views.Revision;
import id.netral.console.words.Words;
import id.netral.events.access.Roles;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * BKPPD and the PPK: the sanction recommendations, overdue first; BKPPD revises and records KASN's or BKN's result,
 * the PPK records the decree.
 */
@Produces(MediaType.TEXT_HTML)
@Path("/rekomendasi")
@RolesAllowed({Roles.PERSONNEL_OFFICER, Roles.PPK, Roles.AUDITOR})
public class RecommendationPages {
    @Inject
    @RestClient
    SanctionService sanctions;

    @Inject
    OfficeNames officeNames;

    @Inject
    @Location("recommendations/list.html")
    Template list;

    @Inject
    @Location("recommendations/detail.html")
    Template detail;

    @GET
    public TemplateInstance list() {
        List<Recommendation> all = sanctions.recommendations(null, null, null, 0, 200);
        return list.data("recommendations", overdueFirst(all));
    }

    /** Overdue ones first, then the ones still waiting for the PPK by their due day, decided ones last. */
    public static List<Recommendation> overdueFirst(List<Recommendation> recommendations) {
        return recommendations.stream().sorted(Comparator
                        .comparingInt(RecommendationPages::urgency)
                        .thenComparing(Recommendation::ppkDueDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private static int urgency(Recommendation recommendation) {
        return switch (recommendation.status() == null ? "" : recommendation.status()) {
            case "OVERDUE" -> 0;
            case "MANUAL_REVIEW" -> 1;
            case "OPEN" -> 2;
            default -> 3;
        };
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@PathParam("id") UUID id) {
        return detailPage(id, null, Map.of());
    }

    /** @param bodyResultForm the body-result form's entries as sent, to show again with its refusal */
    private TemplateInstance detailPage(UUID id, Refusal refusal, Map<String, String> bodyResultForm) {
        Recommendation recommendation = sanctions.recommendation(id);
        String on = recommendation.incidentDate() == null ? null : recommendation.incidentDate().toString();
        Catalogue inForce = sanctions.catalogue(on);
        return detail.data("r", recommendation).data("catalogue", inForce)
                .data("bodyResultCatalogue", bodyResultCatalogue(recommendation, inForce))
                .data("opdName", officeNames.of(recommendation.accused() == null ? null
                        : recommendation.accused().opdCode()))
                .data("refusal", refusal).data("bodyResultForm", bodyResultForm)
                .data("today", LocalDate.now(Words.KUPANG).toString());
    }

    /**
     * The catalogue whose sanctions the examining body's result may name: the recommendation's own version, which
     * sanction-service checks the result against, rather than the one in force on the day of the act (a revision is
     * judged by that one, so the revision form keeps it).
     */
    private Catalogue bodyResultCatalogue(Recommendation recommendation, Catalogue inForce) {
        String version = recommendation.ruleVersion();
        return version == null || version.equals(inForce.version()) ? inForce : sanctions.catalogueVersion(version);
    }

    /**
     * Records KASN's recommendation or BKN's examination result from its letter: from then the PPK acts on it, and
     * Netral's recommendation stays beside it as the draft it was. A refusal comes back on the page, nothing recorded.
     *
     * @param resultDate YYYY-MM-DD, as the date field sends it; anything else is sent as no date, which
     *                   sanction-service refuses
     */
    @POST
    @Path("{id}/hasil-badan")
    @RolesAllowed(Roles.PERSONNEL_OFFICER)
    public Response recordBodyResult(@PathParam("id") UUID id, @FormParam("resultNumber") String resultNumber,
                                     @FormParam("resultDate") String resultDate,
                                     @FormParam("recommendedSanction") String recommendedSanction) {
        try {
            sanctions.recordBodyResult(id, new BodyResultRequest(FormFields.text(resultNumber),
                    FormFields.day(resultDate), FormFields.text(recommendedSanction)));
        } catch (WebApplicationException e) {
            Refusal refusal = Refusal.from(e, "Rekomendasi ini tidak ditemukan.",
                    "Hasil BKN atau KASN tidak dapat dicatat: kajian Bawaslu atas kasus ini belum diteruskan, "
                            + "hasilnya sudah pernah dicatat, atau PPK sudah memutuskan. Keadaannya terlihat di "
                            + "halaman ini.");
            return Refusal.page(detailPage(id, refusal, FormFields.asTyped("resultNumber", resultNumber,
                    "resultDate", resultDate, "recommendedSanction", recommendedSanction)));
        }
        return Response.seeOther(URI.create("/rekomendasi/" + id)).build();
    }

    @POST
    @Path("{id}/revisi")
    @RolesAllowed(Roles.PERSONNEL_OFFICER)
    public Response revise(@PathParam("id") UUID id, @FormParam("violationKind") String violationKind,
                           @FormParam("recommendedSanction") String recommendedSanction,
                           @FormParam("reason") String reason) {
        sanctions.revise(id, new Revision(blankToNull(violationKind), blankToNull(recommendedSanction),
                reason == null ? null : reason.strip()));
        return Response.seeOther(URI.create("/rekomendasi/" + id)).build();
    }

    @POST
    @Path("{id}/keputusan")
    @RolesAllowed(Roles.PPK)
    public Response recordDecree(@PathParam("id") UUID id, @FormParam("decreeNumber") String decreeNumber,
                                 @FormParam("decreeDate") String decreeDate,
                                 @FormParam("imposedSanction") String imposedSanction) {
        LocalDate day;
        try {
            day = LocalDate.parse(decreeDate == null ? "" : decreeDate);
        } catch (DateTimeParseException e) {
            throw new BadRequestException(Response.status(400).build());
        }
        sanctions.decide(id, new Decree(decreeNumber == null ? null : decreeNumber.strip(), day, imposedSanction));
        return Response.seeOther(URI.create("/rekomendasi/" + id)).build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

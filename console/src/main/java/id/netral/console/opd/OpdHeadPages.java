package id.netral.console.opd;

import id.netral.console.forms.FormFields;
import id.netral.console.offices.OfficeNames;
import id.netral.console.people.SignedInPerson;
import id.netral.console.recommendations.RecommendationPages;
import id.netral.console.services.NotificationService;
import id.netral.console.services.SanctionService;
import id.netral.console.services.Views.FollowUpRequest;
import id.netral.console.words.Words;
import id.netral.console.services.Views.Notice;
import id.netral.console.services.Views.Recommendation;
import id.netral.events.access.Roles;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The OPD head's work: the notices and recommendations about their own OPD's staff, acknowledging a notice and
 * recording each follow-up step. The services see the OPD head's token and show only that OPD's cases.
 */
@Produces(MediaType.TEXT_HTML)
@Path("/opd")
@RolesAllowed(Roles.OPD_HEAD)
public class OpdHeadPages {
    @Inject
    @RestClient
    NotificationService notifications;

    @Inject
    @RestClient
    SanctionService sanctions;

    @Inject
    SignedInPerson person;

    @Inject
    OfficeNames officeNames;

    @Inject
    @Location("opd/list.html")
    Template list;

    @Inject
    @Location("opd/notice.html")
    Template noticePage;

    /** A notice with the name of the employee it is about. */
    public record NoticeRow(Notice notice, String accusedName) {
    }

    @GET
    public TemplateInstance list() {
        String opd = ownOpd();
        List<Recommendation> recommendations = sanctions.recommendations(null, opd, null, 0, 100);
        // a notice in a list carries no text: the recommendation it is about names the employee
        Map<UUID, String> accusedByRecommendation = new HashMap<>();
        recommendations.forEach(r -> accusedByRecommendation.put(r.id(),
                r.accused() == null ? "" : r.accused().name()));
        List<NoticeRow> notices = notifications.notices("OPD_HEAD", opd, null, 0, 100).stream()
                .map(n -> new NoticeRow(n, accusedByRecommendation.getOrDefault(n.recommendationId(), "")))
                .toList();
        return list.data("notices", notices)
                .data("recommendations", RecommendationPages.overdueFirst(recommendations));
    }

    @Inject
    @Location("recommendations/detail.html")
    Template recommendationPage;

    /** A recommendation about the OPD's staff; sanction-service refuses one of another OPD. */
    @GET
    @Path("rekomendasi/{id}")
    public TemplateInstance recommendation(@PathParam("id") UUID id) {
        Recommendation recommendation = sanctions.recommendation(id);
        return recommendationPage.data("r", recommendation).data("catalogue", null).data("bodyResultCatalogue", null)
                .data("opdName", officeNames.of(recommendation.accused() == null ? null
                        : recommendation.accused().opdCode()));
    }

    @GET
    @Path("pemberitahuan/{id}")
    public TemplateInstance notice(@PathParam("id") UUID id) {
        Notice notice = notifications.notice(id);
        return noticePage.data("n", notice).data("followUps", notifications.followUps(id))
                .data("due", notifications.stepsDue(id))
                .data("today", LocalDate.now(Words.KUPANG)).data("opdName", officeNames.of(notice.opdCode()))
                .data("recommendation", notice.recommendationId() == null ? null
                        : sanctions.recommendation(notice.recommendationId()));
    }

    @POST
    @Path("pemberitahuan/{id}/terima")
    public Response acknowledge(@PathParam("id") UUID id) {
        notifications.acknowledge(id);
        return backTo(id);
    }

    /**
     * @param step         a step of the procedure (SUMMONED, EXAMINED, ...); notification-service refuses one out of
     *                     order, with the reason
     * @param documentDate YYYY-MM-DD, as the date field sends it; anything else is passed on as no date, which
     *                     notification-service refuses
     */
    @POST
    @Path("pemberitahuan/{id}/tindak-lanjut")
    public Response recordFollowUp(@PathParam("id") UUID id, @FormParam("step") String step,
                                   @FormParam("note") String note, @FormParam("documentNumber") String documentNumber,
                                   @FormParam("documentDate") String documentDate) {
        notifications.recordFollowUp(id, new FollowUpRequest(step,
                FormFields.text(note), FormFields.text(documentNumber), FormFields.day(documentDate)));
        return backTo(id);
    }

    /** An OPD head's token without an OPD cannot see any case: say so rather than show an empty list. */
    private String ownOpd() {
        return person.opdCode().orElseThrow(() -> new ForbiddenException("an OPD head's token names no OPD"));
    }

    private static Response backTo(UUID id) {
        return Response.seeOther(URI.create("/opd/pemberitahuan/" + id)).build();
    }
}

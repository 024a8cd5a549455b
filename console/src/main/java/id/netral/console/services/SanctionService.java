package id.netral.console.services;

import id.netral.console.services.Views.Catalogue;
import id.netral.console.services.Views.Decree;
import id.netral.console.services.Views.Recommendation;
import id.netral.console.services.Views.Revision;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;
import java.util.UUID;

/** sanction-service, called with the signed-in person's token. */
@RegisterRestClient(configKey = "sanctions")
@RegisterClientHeaders(PersonToken.class)
@Path("/api/v1")
public interface SanctionService {
    @GET
    @Path("/recommendations")
    List<Recommendation> recommendations(@QueryParam("status") String status, @QueryParam("opdCode") String opdCode,
                                         @QueryParam("reportId") String reportId, @QueryParam("page") int page,
                                         @QueryParam("size") int size);

    @GET
    @Path("/recommendations/{id}")
    Recommendation recommendation(@PathParam("id") UUID id);

    @POST
    @Path("/recommendations/{id}/revisions")
    Recommendation revise(@PathParam("id") UUID id, Revision revision);

    @POST
    @Path("/recommendations/{id}/decision")
    Recommendation decide(@PathParam("id") UUID id, Decree decree);

    /** Records KASN's or BKN's result once its letter reaches the city (BKPPD officers only, once). */
    @POST
    @Path("/recommendations/{id}/body-result")
    Recommendation recordBodyResult(@PathParam("id") UUID id, Views.BodyResultRequest result);

    /** The SKB 2022 rows in force on the day of the act. */
    @GET
    @Path("/catalogue")
    Catalogue catalogue(@QueryParam("on") String on);

    /**
     * One version of the catalogue, as a recommendation names it (ruleVersion): sanction-service checks the examining
     * body's recommended sanction against the sanctions of the recommendation's own version.
     */
    @GET
    @Path("/catalogue/versions/{version}")
    Catalogue catalogueVersion(@PathParam("version") String version);

    /** The election calendar, a page of it (there are a handful of elections). */
    @GET
    @Path("/elections/page")
    Views.ElectionPage elections(@QueryParam("page") int page, @QueryParam("size") int size);

    /** How many recommendations of an election fall on each value of {@code by}. */
    @GET
    @Path("/recommendations/recap")
    List<Views.RecapRow> recommendationRecap(@QueryParam("by") String by, @QueryParam("electionId") String electionId);
}

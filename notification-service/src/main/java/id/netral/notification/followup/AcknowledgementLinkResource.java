package id.netral.notification.followup;

import id.netral.kit.problem.Problem;
import id.netral.kit.problem.ProblemException;
import id.netral.notification.Notification;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import id.netral.notification.NotificationKind;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * The signed one-time link. The e-mail carries the console's page for it (AcknowledgementLinks.consoleLinkFor), which
 * checks the link here (GET, JSON) and acknowledges with the OPD head's press of its button (POST, JSON); an OPD's
 * webhook receiver POSTs the API link itself. Opening the API link in a browser (mails sent before the console took
 * the link over) leads to the console's page. Opening changes nothing, because mail filters open links on their own.
 * Needs no login: the signature is the proof.
 */
@Tag(name = "Acknowledgement links", description = "The one-time link in an OPD head's e-mail")
@Path(AcknowledgementLinks.PATH + "{id}")
public class AcknowledgementLinkResource {
    static final String SIGNED_LINK = "signed-link";

    @Inject
    AcknowledgementLinks links;
    @Inject
    Acknowledgements acknowledgements;
    @Inject
    AcknowledgementLinkConfig config;

    /**
     * What a valid, unused link acknowledges.
     *
     * @param notificationId the notice the link acknowledges (a reminder's link answers the notice it reminds of)
     * @param expiresAt      until when the link acknowledges
     * @param acknowledgedAt when the notice was acknowledged; absent until then
     */
    @Schema(name = "AcknowledgementLink")
    public record LinkView(UUID notificationId, NotificationKind kind, UUID reportId, UUID recommendationId,
                           String opdCode, Instant createdAt, Instant expiresAt, Instant acknowledgedAt) {
        static LinkView of(Notification answered, long expires) {
            return new LinkView(answered.id, answered.kind, answered.reportId, answered.recommendationId,
                    answered.opdCode, answered.createdAt, Instant.ofEpochSecond(expires), answered.acknowledgedAt);
        }
    }

    @GET
    @PermitAll
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Checks a link without using it (Accept: application/json); a browser (Accept: text/html) "
            + "is sent on to the console's page for the link")
    @APIResponse(responseCode = "200", description = "The link is valid and unused: what it acknowledges",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LinkView.class)))
    @APIResponse(responseCode = "303", description = "A browser: the console's page for this link (Location)")
    @APIResponse(responseCode = "400", description = "The link is damaged: expires is missing or not a whole number")
    @APIResponse(responseCode = "403", description = "The link is forged or expired")
    @APIResponse(responseCode = "410", description = "The notice is already acknowledged: the link is spent")
    public Response check(@PathParam("id") UUID id, @QueryParam("expires") String expires,
                          @QueryParam("signature") String signature, @Context HttpHeaders headers) {
        if (!wantsJson(headers)) {
            // the console checks the link and says what is wrong with it, in its own look
            return Response.seeOther(URI.create(links.consoleLink(id, "?expires=" + encoded(expires)
                    + "&signature=" + encoded(signature)))).build();
        }
        Notification answered = usable(id, expires, signature);
        return Response.ok(LinkView.of(answered, epochSecond(expires)), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @POST
    @PermitAll
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Transactional
    @Operation(operationId = "acknowledgeByLink",
            summary = "Acknowledges the notice of a valid, unused link: JSON for the console and programs "
                    + "(Accept: application/json), else the page of a browser that still shows the old button")
    @APIResponse(responseCode = "400", description = "The link is damaged: expires is missing or not a whole number")
    @APIResponse(responseCode = "403", description = "The link is forged or expired")
    @APIResponse(responseCode = "410", description = "The notice is already acknowledged: the link is spent")
    @APIResponse(responseCode = "200", description = "The notice, acknowledged now",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LinkView.class)),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "thanks", value = """
                                    <!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Terima \
                                    kasih</title></head><body><h1>Terima kasih</h1><p>Penerimaan pemberitahuan \
                                    telah dikonfirmasi. Catat tindak lanjutnya di <a href="https://netral.kupangkota\
                                    .example/opd">Netral</a>.</p></body></html>"""))})
    public Response acknowledge(@PathParam("id") UUID id, @QueryParam("expires") String expires,
                                @QueryParam("signature") String signature, @Context HttpHeaders headers) {
        Notification answered = usable(id, expires, signature);
        Notification acknowledged = acknowledgements.acknowledge(answered.id, SIGNED_LINK);
        if (wantsJson(headers)) {
            return Response.ok(LinkView.of(acknowledged, epochSecond(expires)), MediaType.APPLICATION_JSON_TYPE)
                    .build();
        }
        String console = config.consoleUrl().replaceAll("/+$", "") + "/opd/pemberitahuan/" + acknowledged.id;
        return Response.ok(page("Terima kasih", "<p>Penerimaan pemberitahuan telah dikonfirmasi. Catat tindak "
                + "lanjutnya di <a href=\"" + console + "\">Netral</a>.</p>"), MediaType.TEXT_HTML_TYPE).build();
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    /** JSON only when asked for by name: a browser, which accepts anything, is a person. */
    private static boolean wantsJson(HttpHeaders headers) {
        return headers.getAcceptableMediaTypes().stream().anyMatch(type -> !type.isWildcardType()
                && !type.isWildcardSubtype() && type.isCompatible(MediaType.APPLICATION_JSON_TYPE));
    }

    /** @return the notice the link answers (a reminder's link answers the notice it reminds of) */
    private Notification usable(UUID id, String expires, String signature) {
        if (!links.valid(id, epochSecond(expires), signature)) {
            throw new ProblemException(Problem.of(Response.Status.FORBIDDEN,
                    "This acknowledgement link is not valid or has expired"));
        }
        Notification notification = Notification.<Notification>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No notification " + id));
        Notification answered = notification.reminderOf == null ? notification
                : Notification.findById(notification.reminderOf);
        if (answered.acknowledgedAt != null) {
            throw new ProblemException(Problem.of(Response.Status.GONE,
                    "The notice was already acknowledged; this link is spent"));
        }
        return answered;
    }

    /** A link cut short or edited by hand gets a clear answer, not a server error. */
    private static long epochSecond(String expires) {
        try {
            return Long.parseLong(expires == null ? "" : expires.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("expires", "the acknowledgement link is damaged; open it again from the "
                    + "e-mail, or acknowledge in the Netral application");
        }
    }

    private static String page(String title, String content) {
        return "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>" + title
                + "</title></head><body><h1>" + title + "</h1>" + content + "</body></html>";
    }
}

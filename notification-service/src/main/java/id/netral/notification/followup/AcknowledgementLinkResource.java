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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * The signed one-time link in the e-mail. Opening it (GET) changes nothing and shows a button, because mail filters
 * open links on their own; pressing the button (POST) acknowledges. Needs no login: the signature is the proof.
 */
@Tag(name = "Acknowledgement links", description = "The one-time link in an OPD head's e-mail")
@Path(AcknowledgementLinks.PATH + "{id}")
public class AcknowledgementLinkResource {
    static final String SIGNED_LINK = "signed-link";

    @Inject
    AcknowledgementLinks links;
    @Inject
    Acknowledgements acknowledgements;

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "The page behind the e-mail's acknowledgement link: a button, no change yet")
    @APIResponse(responseCode = "400", description = "The link is damaged: expires is missing or not a whole number")
    @APIResponse(responseCode = "403", description = "The link is forged or expired")
    @APIResponse(responseCode = "410", description = "The notice is already acknowledged: the link is spent")
    @APIResponse(responseCode = "200",
            description = "A page in Bahasa Indonesia: the notice to acknowledge, or why the link no longer works",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "the button", value = """
                            <!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Konfirmasi penerimaan \
                            pemberitahuan</title></head><body><h1>Konfirmasi penerimaan pemberitahuan</h1><p>Dengan \
                            menekan tombol di bawah ini, Bapak/Ibu mengonfirmasi telah menerima pemberitahuan nomor \
                            6f1c2d4e-8a53-4a0e-9d7e-2b9a0c1f5e11.</p><form method="post"><button type="submit">\
                            Konfirmasi penerimaan</button></form></body></html>""")))
    public String page(@PathParam("id") UUID id, @QueryParam("expires") String expires,
                       @QueryParam("signature") String signature) {
        usable(id, expires, signature);
        return page("Konfirmasi penerimaan pemberitahuan", "<p>Dengan menekan tombol di bawah ini, Bapak/Ibu "
                + "mengonfirmasi telah menerima pemberitahuan nomor " + id + ".</p><form method=\"post\">"
                + "<button type=\"submit\">Konfirmasi penerimaan</button></form>");
    }

    @POST
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    @Operation(operationId = "acknowledgeByLink",
            summary = "Acknowledges the notice of a valid, unused link")
    @APIResponse(responseCode = "400", description = "The link is damaged: expires is missing or not a whole number")
    @APIResponse(responseCode = "403", description = "The link is forged or expired")
    @APIResponse(responseCode = "410", description = "The notice is already acknowledged: the link is spent")
    @APIResponse(responseCode = "200", description = "A page in Bahasa Indonesia confirming the acknowledgement",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "thanks", value = """
                            <!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Terima kasih</title>\
                            </head><body><h1>Terima kasih</h1><p>Penerimaan pemberitahuan nomor \
                            6f1c2d4e-8a53-4a0e-9d7e-2b9a0c1f5e11 telah dikonfirmasi. Mohon catat tindak lanjutnya \
                            melalui aplikasi Netral.</p></body></html>""")))
    public String acknowledge(@PathParam("id") UUID id, @QueryParam("expires") String expires,
                              @QueryParam("signature") String signature) {
        usable(id, expires, signature);
        acknowledgements.acknowledge(id, SIGNED_LINK);
        return page("Terima kasih", "<p>Penerimaan pemberitahuan nomor " + id + " telah dikonfirmasi. Mohon "
                + "catat tindak lanjutnya melalui aplikasi Netral.</p>");
    }

    private void usable(UUID id, String expires, String signature) {
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

package id.netral.console.admin;

import id.netral.events.access.Roles;
import id.netral.console.forms.Refusal;
import id.netral.console.services.AdminViews.ChannelRequest;
import id.netral.console.services.AdminViews.Head;
import id.netral.console.services.AdminViews.HeadRequest;
import id.netral.console.services.AdminViews.Office;
import id.netral.console.services.AdminViews.OfficeChange;
import id.netral.console.services.AdminViews.OfficeRequest;
import id.netral.console.services.AdminViews.StandingAssignment;
import id.netral.console.services.AdminViews.WebhookRequest;
import id.netral.console.services.NotificationDirectory;
import id.netral.console.words.Words;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The admin's OPD directory in notification-service: the offices, their heads from a date on, how each head is
 * reached (e-mail, a signed webhook), and the standing recipients. Every change goes through notification-service's
 * admin API with the admin's own token, which audits it; a refused form comes back with the reasons in words and
 * what the admin typed.
 */
@Produces(MediaType.TEXT_HTML)
@Path("/admin")
@RolesAllowed(Roles.ADMIN)
public class DirectoryPages {
    private static final int ALL = 200;

    @Inject
    @RestClient
    NotificationDirectory directory;

    @Inject
    @Location("admin/offices.html")
    Template officesPage;

    @Inject
    @Location("admin/office.html")
    Template officePage;

    @Inject
    @Location("admin/standing.html")
    Template standingPage;

    @GET
    public TemplateInstance offices(@QueryParam("bubar") boolean withDissolved, @QueryParam("berhasil") String done) {
        return officesPage.data("offices", directory.offices(withDissolved, 0, ALL).items())
                .data("withDissolved", withDissolved).data("done", done).data("refusal", null)
                .data("form", Map.of());
    }

    @POST
    @Path("opd")
    public Response addOffice(@FormParam("code") String code, @FormParam("name") String name,
                              @FormParam("regionCode") String regionCode, @FormParam("headName") String headName,
                              @FormParam("headTitle") String headTitle, @FormParam("headEmail") String headEmail,
                              @FormParam("headPhone") String headPhone,
                              @FormParam("headEmployeeId") String headEmployeeId) {
        Map<String, String> form = new HashMap<>();
        form.put("code", text(code));
        form.put("name", text(name));
        form.put("regionCode", text(regionCode));
        form.put("headName", text(headName));
        form.put("headTitle", text(headTitle));
        form.put("headEmail", text(headEmail));
        form.put("headPhone", text(headPhone));
        form.put("headEmployeeId", text(headEmployeeId));
        List<String> missing = required(form, Map.of("code", "Kode OPD wajib diisi.", "name", "Nama kantor wajib diisi.",
                "headTitle", "Sebutan jabatan kepala wajib diisi.", "headEmail",
                "Alamat surat elektronik kepala wajib diisi."));
        Refusal refusal = missing.isEmpty() ? null : new Refusal(missing);
        if (refusal == null) {
            String office = form.get("code").toUpperCase(java.util.Locale.ROOT);
            try {
                directory.addOffice(new OfficeRequest(office, form.get("name"),
                        new HeadRequest(orNull(form.get("headName")), form.get("headTitle"), form.get("headEmail"),
                                orNull(form.get("headPhone")), null, orNull(form.get("headEmployeeId"))),
                        orNull(form.get("regionCode"))));
                return seeOther("/admin/opd/" + office + "?berhasil=opd");
            } catch (WebApplicationException e) {
                refusal = Refusal.from(e, "Kode OPD itu sudah dipakai, atau wilayahnya sudah dilayani kantor lain.");
            }
        }
        return refused(officesPage.data("offices", directory.offices(false, 0, ALL).items())
                .data("withDissolved", false).data("done", null).data("refusal", refusal).data("form", form));
    }

    @GET
    @Path("opd/{code}")
    public TemplateInstance office(@PathParam("code") String code, @QueryParam("berhasil") String done) {
        return office(code, done, null, null, Map.of());
    }

    /** @param validFrom the day the head takes office (in Kupang), empty for now */
    @POST
    @Path("opd/{code}/kepala")
    public Response appoint(@PathParam("code") String code, @FormParam("name") String name,
                            @FormParam("title") String title, @FormParam("email") String email,
                            @FormParam("phone") String phone, @FormParam("employeeId") String employeeId,
                            @FormParam("validFrom") String validFrom) {
        Appointment form = Appointment.read(name, title, email, phone, employeeId, validFrom);
        List<String> reasons = form.problems();
        Refusal refusal = reasons.isEmpty() ? null : new Refusal(reasons);
        if (refusal == null) {
            try {
                directory.appoint(code, form.request());
                return seeOther("/admin/opd/" + code + "?berhasil=kepala");
            } catch (WebApplicationException e) {
                refusal = Refusal.from(e, "Kantor ini sudah punya kepala yang diangkat mulai saat yang sama, atau "
                        + "kantornya sudah dibubarkan.");
            }
        }
        return refused(office(code, null, refusal, null, Map.of("head", form.fields())));
    }

    /**
     * Sets the webhook, or gives it a new secret (rotation: the API keeps the old one signing for a while). Without a
     * secret of the admin's own the console makes one, and this answer is the only time it is shown.
     */
    @POST
    @Path("opd/{code}/webhook")
    public Response setWebhook(@PathParam("code") String code, @FormParam("url") String url,
                               @FormParam("secret") String secret) {
        Map<String, String> form = Map.of("url", text(url));
        if (text(url).isEmpty()) {
            return refused(office(code, null, Refusal.of("Alamat webhook wajib diisi."), null, Map.of("webhook", form)));
        }
        String newSecret = text(secret).isEmpty() ? WebhookSecrets.fresh() : text(secret);
        try {
            directory.setWebhook(code, new WebhookRequest(text(url), newSecret));
        } catch (WebApplicationException e) {
            return refused(office(code, null, Refusal.from(e, "Kantor ini sudah dibubarkan."), null,
                    Map.of("webhook", form)));
        }
        // the secret is in this page only: no redirect that could carry it, and no cache that could keep it
        return Response.ok(office(code, "webhook", null, text(secret).isEmpty() ? newSecret : null, Map.of()).render())
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("opd/{code}/webhook/lepas")
    public Response removeWebhook(@PathParam("code") String code) {
        directory.removeWebhook(code);
        return seeOther("/admin/opd/" + code + "?berhasil=webhook-lepas");
    }

    @POST
    @Path("opd/{code}/kanal")
    public Response setChannels(@PathParam("code") String code, @FormParam("preference") String preference) {
        try {
            directory.setChannels(code, new ChannelRequest(text(preference)));
            return seeOther("/admin/opd/" + code + "?berhasil=kanal");
        } catch (WebApplicationException e) {
            return refused(office(code, null, Refusal.from(e, "Kantor ini sudah dibubarkan."), null, Map.of()));
        }
    }

    @POST
    @Path("opd/{code}/ubah")
    public Response changeOffice(@PathParam("code") String code, @FormParam("name") String name,
                                 @FormParam("regionCode") String regionCode) {
        Map<String, String> form = Map.of("name", text(name), "regionCode", text(regionCode));
        if (form.get("name").isEmpty() && form.get("regionCode").isEmpty()) {
            return refused(office(code, null, Refusal.of("Isi nama baru atau kode wilayah yang dilayani."), null,
                    Map.of("office", form)));
        }
        try {
            directory.changeOffice(code, new OfficeChange(orNull(form.get("name")), orNull(form.get("regionCode"))));
            return seeOther("/admin/opd/" + code + "?berhasil=ubah");
        } catch (WebApplicationException e) {
            return refused(office(code, null, Refusal.from(e, "Kantor ini sudah dibubarkan, atau wilayah itu sudah "
                    + "dilayani kantor lain."), null, Map.of("office", form)));
        }
    }

    @GET
    @Path("penerima-tetap")
    public TemplateInstance standingRecipients(@QueryParam("berhasil") String done) {
        return standing(done, null);
    }

    @POST
    @Path("penerima-tetap/{role}")
    public Response assign(@PathParam("role") String role, @FormParam("officeCode") String officeCode,
                           @FormParam("inCopy") boolean inCopy) {
        if (text(officeCode).isEmpty()) {
            return refused(standing(null, Refusal.of("Pilih kantor yang mengisi peran ini.")));
        }
        try {
            directory.assignStandingRecipient(role, new StandingAssignment(text(officeCode), inCopy));
            return seeOther("/admin/penerima-tetap?berhasil=" + role);
        } catch (WebApplicationException e) {
            return refused(standing(null, Refusal.from(e, "Kantor itu sudah dibubarkan.")));
        }
    }

    private TemplateInstance standing(String done, Refusal refusal) {
        return standingPage.data("recipients", directory.standingRecipients(0, ALL).items())
                .data("offices", directory.offices(false, 0, ALL).items()).data("done", done)
                .data("refusal", refusal);
    }

    private TemplateInstance office(String code, String done, Refusal refusal, String shownSecret,
                                    Map<String, Map<String, String>> forms) {
        Office office = directory.office(code);
        return officePage.data("office", office)
                .data("heads", byDayTakingOffice(directory.heads(office.code(), 0, ALL).items()))
                .data("done", done).data("refusal", refusal).data("secret", shownSecret)
                .data("headForm", forms.getOrDefault("head", Map.of()))
                .data("webhookForm", forms.getOrDefault("webhook", Map.of()))
                .data("officeForm", forms.getOrDefault("office", Map.of()))
                .data("today", LocalDate.now(Words.KUPANG).toString());
    }

    /**
     * The office's heads by the day each took or takes office, the earliest first, as the page's caption says:
     * notification-service answers them in that order today, though its contract says newest first.
     */
    static List<Head> byDayTakingOffice(List<Head> heads) {
        return heads.stream().sorted(Comparator.comparing(Head::validFrom,
                Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
    }

    private static List<String> required(Map<String, String> form, Map<String, String> reasons) {
        List<String> missing = new ArrayList<>();
        reasons.forEach((field, reason) -> {
            if (form.get(field).isEmpty()) {
                missing.add(reason);
            }
        });
        return missing;
    }

    private static Response refused(TemplateInstance page) {
        return Refusal.page(page);
    }

    private static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static String orNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}

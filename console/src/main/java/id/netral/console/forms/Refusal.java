package id.netral.console.forms;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.netral.console.services.AdminViews.ApiProblem;
import id.netral.console.services.AdminViews.FieldError;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why a service refused a form, in words the person reads: its application/problem+json answer names the fields it
 * refused (in English, for programmers), and each field gets the console's own explanation of what it expects. Also
 * what the console itself finds wrong before sending anything. The form's page is shown again with it (status 400),
 * its entries kept, nothing changed.
 */
public record Refusal(List<String> reasons) {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** By the last segment of the API's field path (head.email and email alike). */
    private static final Map<String, String> FIELD = new LinkedHashMap<>();

    static {
        FIELD.put("code", "Kode OPD harus 2 sampai 40 huruf besar, angka atau tanda hubung, mis. DISHUB.");
        FIELD.put("name", "Nama wajib diisi dalam satu baris, paling banyak 300 huruf.");
        FIELD.put("title", "Sebutan jabatan kepala wajib diisi, mis. Kepala Dinas Perhubungan Kota Kupang.");
        FIELD.put("email", "Alamat surat elektronik wajib diisi dan harus berbentuk nama@domain.");
        FIELD.put("phone", "Nomor telepon hanya boleh berisi angka, spasi dan tanda hubung (6 sampai 20 tanda), "
                + "boleh diawali +.");
        FIELD.put("employeeId", "NIP harus 18 angka.");
        FIELD.put("validFrom", "Tanggal mulai menjabat tidak dapat dibaca.");
        FIELD.put("regionCode", "Kode wilayah harus kode Kemendagri kecamatan atau kelurahan di Kota Kupang, "
                + "mis. 53.71.04 atau 53.71.04.1009.");
        FIELD.put("url", "Alamat webhook ditolak: harus memakai https dan port 443, dan tidak boleh menunjuk ke "
                + "jaringan internal.");
        FIELD.put("secret", "Rahasia webhook harus paling sedikit 32 tanda, atau whsec_ diikuti 24 sampai 64 bita "
                + "dalam base64.");
        FIELD.put("preference", "Kanal webhook hanya dapat dipilih bila kantor ini sudah punya webhook.");
        FIELD.put("officeCode", "Kantor itu tidak ada di direktori.");
        FIELD.put("inCopy", "Pilih apakah kantor ini menerima tembusan.");
        // Bawaslu's forwarding of its study (report-service)
        FIELD.put("forwardedOn", "Tanggal surat penerusan wajib diisi, tidak boleh sesudah hari ini dan tidak boleh "
                + "sebelum tanggal putusan verifikasi.");
        FIELD.put("letterNumber", "Nomor surat penerusan wajib diisi dalam satu baris, paling banyak 100 tanda.");
        FIELD.put("forwardedBy", "Pejabat atau kantor Bawaslu yang meneruskan wajib diisi dalam satu baris, paling "
                + "banyak 200 tanda.");
        // the examining body's result (sanction-service)
        FIELD.put("resultNumber", "Nomor surat hasil BKN atau KASN wajib diisi, paling banyak 100 tanda.");
        FIELD.put("resultDate", "Tanggal surat hasil wajib diisi, tidak boleh sesudah hari ini dan tidak boleh "
                + "sebelum kajian Bawaslu diteruskan.");
        FIELD.put("recommendedSanction", "Pilih sanksi yang direkomendasikan dalam surat hasil, dari sanksi katalog "
                + "rekomendasi ini.");
    }

    /** The form's page shown again with its refusal: 400, so nothing reads it as done. */
    public static Response page(TemplateInstance page) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page.render()).build();
    }

    public static Refusal of(String... reasons) {
        return new Refusal(List.of(reasons));
    }

    /**
     * The refusal a service's 400, 404 or 409 answer means; {@code conflict} says in words what a 409 means for this
     * form. Any other answer is no refusal of the form, and goes on to the console's error pages.
     */
    public static Refusal from(WebApplicationException e, String conflict) {
        return from(e, "Kantor atau jabatan yang dituju tidak ada di direktori.", conflict);
    }

    /** As {@link #from(WebApplicationException, String)}, with what a 404 means for this form in words. */
    public static Refusal from(WebApplicationException e, String notFound, String conflict) {
        Response response = e.getResponse();
        int status = response == null ? 500 : response.getStatus();
        switch (status) {
            case 400, 422 -> {
                return new Refusal(fieldReasons(problem(response)));
            }
            case 404 -> {
                return of(notFound);
            }
            case 409 -> {
                return of(conflict);
            }
            default -> throw e;
        }
    }

    public static List<String> fieldReasons(ApiProblem problem) {
        List<String> reasons = new ArrayList<>();
        if (problem != null && problem.errors() != null) {
            for (FieldError error : problem.errors()) {
                String reason = FIELD.get(lastSegment(error.field()));
                if (reason != null && !reasons.contains(reason)) {
                    reasons.add(reason);
                }
            }
        }
        if (reasons.isEmpty()) {
            reasons.add("Ada isian yang tidak sesuai. Periksa lagi isian formulir ini.");
        }
        return reasons;
    }

    private static String lastSegment(String field) {
        if (field == null) {
            return "";
        }
        String name = field.replaceAll("\\[[0-9]+]", "");
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static ApiProblem problem(Response response) {
        try {
            return JSON.readValue(response.readEntity(String.class), ApiProblem.class);
        } catch (RuntimeException | java.io.IOException unreadable) {
            return null;
        }
    }
}

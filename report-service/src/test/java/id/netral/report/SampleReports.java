package id.netral.report;

import id.netral.events.access.Roles;
import id.netral.infra.Callers;
import id.netral.infra.DevIdentityProvider;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;


/** Submissions like the cases in the news, as a partner app sends them; tests change one field at a time. */
public final class SampleReports {
    public static final String REPORTER_NAME = "Maria Fransiska Ndun";
    public static final String REPORTER_CONTACT = "maria.ndun@contoh.example";
    public static final String REPORTER_NIK = "5371046512900002";

    private SampleReports() {
    }

    /** NIPs of one birth date and appointment month; the sequence differs so that reports are not duplicates. */
    public static final String NIP_PREFIX = "198609262015051";
    private static final AtomicInteger SEQUENCE = new AtomicInteger(new Random().nextInt(900));

    public static String nextNip() {
        return NIP_PREFIX + String.format("%03d", 1 + SEQUENCE.getAndIncrement() % 999);
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Makassar"));
    }

    /**
     * A PNS who posted a candidate's "Gas" tagline on Facebook, learnt of yesterday: within the reporting window.
     * Each call names another civil servant, so that no two samples are the same act.
     */
    public static Map<String, Object> gasTaglinePost() {
        Map<String, Object> body = new HashMap<>();
        body.put("reporter", new HashMap<>(Map.of("name", REPORTER_NAME, "contact", REPORTER_CONTACT,
                "nik", REPORTER_NIK, "confidential", false)));
        body.put("accused", new HashMap<>(Map.of("employeeId", nextNip(), "name", "Yohanes Bria",
                "employmentType", "PNS", "opdCode", "DISPERKIM", "position", "Kepala Seksi Perumahan")));
        body.put("incident", new HashMap<>(Map.of("electionId", "PILKADA-2024", "date", today().minusDays(2).toString(),
                "knownDate", today().minusDays(1).toString(), "kelurahanCode", "53.71.04.1009",
                "description", "Mengunggah foto pasangan calon dengan tulisan 'Gas' di Facebook",
                "suspectedKind", "D2")));
        body.put("evidence", List.of(Map.of("url", "https://facebook.example/post/123",
                "sha256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")));
        return body;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> part(Map<String, Object> body, String name) {
        return (Map<String, Object>) body.get(name);
    }

    public static final String PARTNER_APP = DevIdentityProvider.TEST_PARTNER_APP;

    /** A request from the partner app that submits the sample reports. */
    public static RequestSpecification asPartner() {
        return Callers.asPartnerApp(PARTNER_APP);
    }

    public static RequestSpecification asVerifier() {
        return Callers.as(Roles.VERIFIER);
    }

    public static RequestSpecification as(String role) {
        return Callers.as(role);
    }

    public static UUID submit(Map<String, Object> body) {
        return UUID.fromString(asPartner().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/reports")
                .then().statusCode(201)
                .extract().path("id"));
    }

    public static void verify(UUID reportId, String kind) {
        asVerifier().contentType(ContentType.JSON)
                .body(Map.of("decision", "VERIFIED", "violationKind", kind))
                .when().post("/api/v1/reports/{id}/verification", reportId)
                .then().statusCode(200);
    }
}

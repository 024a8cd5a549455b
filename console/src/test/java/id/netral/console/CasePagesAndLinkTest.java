package id.netral.console;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * The verifier's evidence files, the reporter's identity and the hand-off to KASN or BKN (Bawaslu's forwarding, the
 * body's result), and the e-mail's acknowledgement link: who may reach them, the forms' CSRF protection and the caching rules. The services are away here (DevSignInResource); the browser
 * test ConsoleCaseBrowserIT in deploy/local carries them through the real services.
 */
@QuarkusTest
@WithTestResource(DevSignInResource.class)
class CasePagesAndLinkTest {
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Test
    void onlyAVerifierReachesACasesEvidenceFiles() {
        String file = "/verifikasi/" + UUID.randomUUID() + "/bukti/" + UUID.randomUUID();
        given().cookies(SignIn.as("kepala-disperkim")).redirects().follow(false).get(file).then().statusCode(403)
                .body(containsString("Anda tidak berhak membuka halaman ini"));
        given().redirects().follow(false).get(file).then().statusCode(302);
        // the verifier's request goes on to report-service, which is away in these tests
        given().cookies(SignIn.as("maria.ndoen")).redirects().follow(false).get(file).then().statusCode(503)
                .body(containsString("Layanan sedang tidak tersedia"));
    }

    @Test
    void theReportersIdentityTakesAFormWithItsCsrfTokenAndAVerifier() {
        Map<String, String> session = new HashMap<>(SignIn.as("maria.ndoen"));
        Response home = given().cookies(session).get("/");
        session.putAll(home.cookies());
        String reveal = "/verifikasi/" + UUID.randomUUID() + "/pelapor";

        // never by a forged form
        given().cookies(session).redirects().follow(false).formParam("x", "y").post(reveal).then().statusCode(400)
                .body(containsString("Formulir tidak dapat diterima"));
        given().cookies(session).redirects().follow(false).formParam("csrf-token", csrfToken(home.asString()))
                .post(reveal).then().statusCode(503).body(containsString("Layanan sedang tidak tersedia"));

        Map<String, String> head = new HashMap<>(SignIn.as("kepala-disperkim"));
        Response headsHome = given().cookies(head).get("/");
        head.putAll(headsHome.cookies());
        given().cookies(head).redirects().follow(false).formParam("csrf-token", csrfToken(headsHome.asString()))
                .post(reveal).then().statusCode(403);
    }

    @Test
    void theEmailsLinkOpensWithoutSignInAndAnUnknownOneGetsItsOwnPage() {
        // a link cut short: the console's page says so, without asking anyone to sign in or calling a service
        given().redirects().follow(false).get("/tanda-terima/6f1c2d4e-8a53?expires=1&signature=x").then()
                .statusCode(404).contentType(containsString("text/html"))
                .header("Cache-Control", equalTo("no-store"))
                .body(containsString("Tautan tidak dikenal"), containsString("href=\"/opd\""))
                .body(not(containsString("Exception")));
        // a whole link is checked with notification-service, which is away here: a plain page, no sign-in
        given().redirects().follow(false).get("/tanda-terima/" + UUID.randomUUID() + "?expires=1&signature=x")
                .then().statusCode(503).body(containsString("Layanan sedang tidak tersedia"));
    }

    @Test
    void theLinksButtonIsAFormWithItsCsrfToken() {
        String link = "/tanda-terima/" + UUID.randomUUID();
        given().redirects().follow(false).formParam("expires", "1").formParam("signature", "x").post(link).then()
                .statusCode(400).body(containsString("Formulir tidak dapat diterima"));

        Response form = given().get("/lacak");
        given().cookies(form.cookies()).redirects().follow(false).formParam("csrf-token", csrfToken(form.asString()))
                .formParam("expires", "1").formParam("signature", "x").post(link).then().statusCode(503);
    }

    @ParameterizedTest(name = "{0} may not post {1}")
    @CsvSource({
            "kepala-disperkim, /verifikasi/%s/penerusan",
            "yohanes.bana, /verifikasi/%s/penerusan",
            "walikota, /verifikasi/%s/penerusan",
            "walikota, /rekomendasi/%s/hasil-badan",
            "auditor.inspektorat, /rekomendasi/%s/hasil-badan",
            "maria.ndoen, /rekomendasi/%s/hasil-badan"})
    void theHandOffFormsTakeOnlyTheRolesTheServicesAllow(String person, String form) {
        Map<String, String> session = new HashMap<>(SignIn.as(person));
        Response home = given().cookies(session).get("/");
        session.putAll(home.cookies());

        // refused by the console itself, before any service is asked (they are away here: that would be a 503)
        given().cookies(session).redirects().follow(false).formParam("csrf-token", csrfToken(home.asString()))
                .formParam("forwardedOn", "2024-10-07").formParam("letterNumber", "112/PP.01.02/K.NT-12/10/2024")
                .formParam("forwardedBy", "Ketua Bawaslu Kota Kupang").formParam("resultNumber", "LHP-0451")
                .formParam("resultDate", "2024-10-18").formParam("recommendedSanction", "B2")
                .post(String.format(form, UUID.randomUUID())).then().statusCode(403)
                .body(containsString("Anda tidak berhak membuka halaman ini"));
    }

    @Test
    void theHandOffFormsAreRefusedWithoutTheirCsrfTokenAndTheExportOnlyInItsTwoFormats() {
        String reportId = UUID.randomUUID().toString();
        given().cookies(SignIn.as("maria.ndoen")).redirects().follow(false).formParam("letterNumber", "1")
                .post("/verifikasi/" + reportId + "/penerusan").then().statusCode(400)
                .body(containsString("Formulir tidak dapat diterima"));
        given().cookies(SignIn.as("yohanes.bana")).redirects().follow(false).formParam("resultNumber", "1")
                .post("/rekomendasi/" + reportId + "/hasil-badan").then().statusCode(400)
                .body(containsString("Formulir tidak dapat diterima"));

        Map<String, String> verifier = SignIn.as("maria.ndoen");
        given().cookies(verifier).redirects().follow(false).get("/verifikasi/" + reportId + "/penerusan/pdf").then()
                .statusCode(404);
        // the two formats go on to report-service, which is away in these tests
        given().cookies(verifier).redirects().follow(false).get("/verifikasi/" + reportId + "/penerusan/json")
                .then().statusCode(503);
        given().cookies(SignIn.as("kepala-disperkim")).redirects().follow(false)
                .get("/verifikasi/" + reportId + "/penerusan/html").then().statusCode(403);
    }

    private static String csrfToken(String page) {
        Matcher field = CSRF_FIELD.matcher(page);
        assertThat(field.find()).as("a csrf-token field in the page").isTrue();
        return field.group(1);
    }
}

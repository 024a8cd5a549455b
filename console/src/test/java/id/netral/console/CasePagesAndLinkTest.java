package id.netral.console;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

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
 * The verifier's evidence files and the reporter's identity, and the e-mail's acknowledgement link: who may reach
 * them, the forms' CSRF protection and the caching rules. The services are away here (DevSignInResource); the browser
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

    private static String csrfToken(String page) {
        Matcher field = CSRF_FIELD.matcher(page);
        assertThat(field.find()).as("a csrf-token field in the page").isTrue();
        return field.group(1);
    }
}

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
import static org.hamcrest.Matchers.not;

@QuarkusTest
@WithTestResource(DevSignInResource.class)
class ConsoleSecurityTest {
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Test
    void signInRoundTripShowsThePersonAndTheirWork() {
        Map<String, String> session = SignIn.as("maria.ndoen");

        given().cookies(session).redirects().follow(false).get("/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("Maria Ndoen"))
                .body(containsString("Verifikator Bawaslu"))
                .body(containsString("href=\"/verifikasi\""))
                .body(not(containsString("href=\"/opd\"")));
    }

    @Test
    void theLoginPageListsOnePersonPerRole() {
        Response challenge = given().redirects().follow(false).get("/");
        given().urlEncodingEnabled(false).redirects().follow(false).get(challenge.header("Location")).then().statusCode(200)
                .body(containsString("Maria Ndoen"), containsString("Petugas BKPPD"),
                        containsString("Pejabat Pembina Kepegawaian"), containsString("Dinas Perumahan"),
                        containsString("Admin"), containsString("Auditor"));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        Response challenge = given().redirects().follow(false).get("/");
        Response chosen = given().redirects().follow(false)
                .formParams(withPerson(SignIn.query(java.net.URI.create(challenge.header("Location")).getRawQuery()),
                        "walikota"))
                .post(DevSignInResource.provider().url() + "/authorize");
        Response callback = given().urlEncodingEnabled(false).redirects().follow(false).cookies(challenge.cookies())
                .get(chosen.header("Location"));
        String session = callback.headers().getValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("q_session")).findFirst().orElseThrow();
        assertThat(session).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @ParameterizedTest(name = "{0} may open {1} but not {2}")
    @CsvSource({
            "maria.ndoen, /verifikasi, /rekomendasi",
            "maria.ndoen, /verifikasi, /opd",
            "yohanes.bana, /rekomendasi, /verifikasi",
            "walikota, /rekomendasi, /opd",
            "kepala-disperkim, /opd, /verifikasi",
            "kepala-disperkim, /opd, /rekomendasi",
            "auditor.inspektorat, /rekomendasi, /opd",
            "admin.netral, /, /verifikasi"})
    void eachRoleOpensItsOwnPagesAndGetsTheNoRightPageForOthers(String person, String own, String other) {
        Map<String, String> session = SignIn.as(person);

        // the console lets the person through; with the services away that is the "service away" page, not 403
        Response mine = given().cookies(session).redirects().follow(false).get(own);
        assertThat(mine.statusCode()).isIn(200, 503);
        assertThat(mine.asString()).doesNotContain("Anda tidak berhak");

        given().cookies(session).redirects().follow(false).get(other).then().statusCode(403)
                .contentType(containsString("text/html"))
                .body(containsString("Anda tidak berhak membuka halaman ini"));
    }

    @Test
    void aServiceThatCannotBeReachedGivesAPlainPageNotAStackTrace() {
        Map<String, String> session = SignIn.as("maria.ndoen");

        given().cookies(session).redirects().follow(false).get("/verifikasi").then().statusCode(503)
                .contentType(containsString("text/html"))
                .body(containsString("Layanan sedang tidak tersedia"))
                .body(not(containsString("Exception")), not(containsString("at id.netral")));
    }

    @Test
    void openingAFormsAddressInsteadOfSendingTheFormGivesAPlainPage() {
        Map<String, String> session = SignIn.as("maria.ndoen");

        given().cookies(session).redirects().follow(false).get("/verifikasi/" + UUID.randomUUID() + "/pelapor")
                .then().statusCode(405).contentType(containsString("text/html"))
                .body(containsString("Halaman atau kasus tidak ditemukan"))
                .body(not(containsString("Exception")), not(containsString("at id.netral")));
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedAndOneWithItGoesThrough() {
        Map<String, String> session = new HashMap<>(SignIn.as("maria.ndoen"));
        Response home = given().cookies(session).get("/");
        session.putAll(home.cookies());
        String token = csrfToken(home.asString());
        String take = "/verifikasi/" + UUID.randomUUID() + "/ambil";

        given().cookies(session).redirects().follow(false).formParam("x", "y").post(take).then().statusCode(400)
                .contentType(containsString("text/html"))
                .body(containsString("Formulir tidak dapat diterima"));
        given().cookies(session).redirects().follow(false).formParam("csrf-token", "forged" + token).post(take)
                .then().statusCode(400);

        // with the token the form reaches report-service, which is away in these tests
        given().cookies(session).redirects().follow(false).formParam("csrf-token", token).post(take).then()
                .statusCode(503).body(containsString("Layanan sedang tidak tersedia"));
    }

    /**
     * The case page's picture is a second GET, and a person goes back to an earlier page or works in two tabs: the
     * token in a form read earlier must still be accepted after other console pages were opened since.
     */
    @Test
    void aFormReadBeforeOtherPagesWereOpenedStillGoesThrough() {
        Map<String, String> session = new HashMap<>(SignIn.as("maria.ndoen"));
        Response earlier = given().cookies(session).get("/");
        session.putAll(earlier.cookies());
        String token = csrfToken(earlier.asString());
        for (String later : new String[]{"/", "/lacak", "/verifikasi"}) {
            session.putAll(given().cookies(session).get(later).cookies());
        }

        given().cookies(session).redirects().follow(false).formParam("csrf-token", token)
                .post("/verifikasi/" + UUID.randomUUID() + "/ambil").then()
                .statusCode(503).body(containsString("Layanan sedang tidak tersedia"));
    }

    @Test
    void everyPageCarriesAStrictContentSecurityPolicy() {
        for (Response page : new Response[]{given().get("/lacak"),
                given().cookies(SignIn.as("yohanes.bana")).get("/")}) {
            String policy = page.header("Content-Security-Policy");
            assertThat(policy).contains("default-src 'none'", "script-src 'self'", "style-src 'self'",
                    "frame-ancestors 'none'", "form-action 'self'").doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }
    }

    @Test
    void theTrackingPageNeedsNoSignInAndItsFormCarriesACsrfToken() {
        Response page = given().redirects().follow(false).get("/lacak");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.asString()).contains("Lacak laporan Anda");
        assertThat(csrfToken(page.asString())).isNotBlank();
    }

    @Test
    void signingOutEndsTheSessionAtTheConsoleAndTheProvider() {
        Map<String, String> session = new HashMap<>(SignIn.as("kepala-disperkim"));
        Response home = given().cookies(session).get("/");
        session.putAll(home.cookies());

        Response out = given().cookies(session).redirects().follow(false)
                .formParam("csrf-token", csrfToken(home.asString())).post("/keluar");
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(out.header("Location")).startsWith(DevSignInResource.provider().url() + "/logout");
        assertThat(out.headers().getValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("q_session")
                && cookie.contains("Max-Age=0"));

        Response back = given().urlEncodingEnabled(false).redirects().follow(false).get(out.header("Location"));
        assertThat(back.header("Location")).contains("/sampai-jumpa");
        given().redirects().follow(false).get("/sampai-jumpa").then().statusCode(200)
                .body(containsString("Anda sudah keluar"));
        given().redirects().follow(false).get("/").then().statusCode(302);
    }

    private static Map<String, String> withPerson(Map<String, String> request, String person) {
        Map<String, String> form = new HashMap<>(request);
        form.put("person", person);
        return form;
    }

    private static String csrfToken(String page) {
        Matcher field = CSRF_FIELD.matcher(page);
        assertThat(field.find()).as("a csrf-token field in the page").isTrue();
        return field.group(1);
    }
}

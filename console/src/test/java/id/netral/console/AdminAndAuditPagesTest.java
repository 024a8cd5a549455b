package id.netral.console;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * The admin's and the auditor's pages: only their roles reach them, and the menus lead only there. The services are
 * away in these tests; the pages against the real services are tested in deploy/local's ConsoleAdminBrowserIT.
 */
@QuarkusTest
@WithTestResource(DevSignInResource.class)
class AdminAndAuditPagesTest {
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @ParameterizedTest(name = "{0} reaches {1}")
    @CsvSource({
            "admin.netral, /admin",
            "admin.netral, /admin/opd/DISHUB",
            "admin.netral, /admin/penerima-tetap",
            "admin.netral, /admin/pengiriman-gagal",
            "admin.netral, /audit",
            "auditor.inspektorat, /audit",
            "auditor.inspektorat, /audit?layanan=pemberitahuan&catatan=DISHUB"})
    void adminsAndAuditorsReachTheirPages(String person, String page) {
        Response answer = given().cookies(SignIn.as(person)).redirects().follow(false).get(page);

        // the console lets them through; with the services away that is the "service away" page, never a 403
        assertThat(answer.statusCode()).isIn(200, 503);
        assertThat(answer.asString()).doesNotContain("Anda tidak berhak");
    }

    @ParameterizedTest(name = "{0} is refused {1}")
    @CsvSource({
            "maria.ndoen, /admin",
            "maria.ndoen, /admin/opd/DISHUB",
            "maria.ndoen, /admin/pengiriman-gagal",
            "maria.ndoen, /audit",
            "yohanes.bana, /admin/penerima-tetap",
            "yohanes.bana, /audit",
            "walikota, /admin",
            "kepala-disperkim, /admin/opd/DISPERKIM",
            "kepala-disperkim, /audit",
            "auditor.inspektorat, /admin",
            "auditor.inspektorat, /admin/pengiriman-gagal"})
    void everyOtherRoleGetsTheNoRightPage(String person, String page) {
        given().cookies(SignIn.as(person)).redirects().follow(false).get(page).then().statusCode(403)
                .contentType(containsString("text/html"))
                .body(containsString("Anda tidak berhak membuka halaman ini"));
    }

    @Test
    void aVerifierCannotPostToTheAdminPagesEither() {
        Map<String, String> session = new HashMap<>(SignIn.as("maria.ndoen"));
        Response home = given().cookies(session).get("/");
        session.putAll(home.cookies());

        given().cookies(session).redirects().follow(false).formParam("csrf-token", csrfToken(home.asString()))
                .formParam("title", "Kepala Dinas").formParam("email", "kepala@kupangkota.example")
                .post("/admin/opd/DISHUB/kepala").then().statusCode(403)
                .body(containsString("Anda tidak berhak membuka halaman ini"));
    }

    @Test
    void theMenusLeadAdminsAndAuditorsToTheirPagesAndNoOneElse() {
        given().cookies(SignIn.as("admin.netral")).get("/").then().statusCode(200)
                .body(containsString("href=\"/admin\""), containsString("href=\"/admin/pengiriman-gagal\""),
                        containsString("href=\"/admin/penerima-tetap\""), containsString("href=\"/audit\""))
                .body(not(containsString("belum tersedia")));
        given().cookies(SignIn.as("auditor.inspektorat")).get("/").then().statusCode(200)
                .body(containsString("href=\"/audit\""), not(containsString("href=\"/admin")));
        given().cookies(SignIn.as("maria.ndoen")).get("/").then().statusCode(200)
                .body(not(containsString("href=\"/audit\"")), not(containsString("href=\"/admin")));
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedOnTheAdminPagesToo() {
        given().cookies(SignIn.as("admin.netral")).redirects().follow(false)
                .formParam("title", "Kepala Dinas").formParam("email", "kepala@kupangkota.example")
                .post("/admin/opd/DISHUB/kepala").then().statusCode(400)
                .body(containsString("Formulir tidak dapat diterima"));
    }

    private static String csrfToken(String page) {
        Matcher field = CSRF_FIELD.matcher(page);
        assertThat(field.find()).as("a csrf-token field in the page").isTrue();
        return field.group(1);
    }
}

package id.netral.console;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * Who reaches the dashboard and its download. The services are away in these tests, so a person the console lets
 * through gets the "service away" page (the browser test in deploy/local shows the numbers); everyone else gets the
 * "no right" page before any service is asked.
 */
@QuarkusTest
@WithTestResource(DevSignInResource.class)
class DashboardAccessTest {

    @ParameterizedTest(name = "{0} opens {1}: {2}")
    @CsvSource({
            "maria.ndoen, /dasbor, true",
            "maria.ndoen, /dasbor/PILKADA-2024, true",
            "maria.ndoen, /dasbor/PILKADA-2024/unduh/csv, true",
            "yohanes.bana, /dasbor/PILKADA-2024, true",
            "yohanes.bana, /dasbor/PILKADA-2024/unduh/xlsx, true",
            "walikota, /dasbor/PILKADA-2024, true",
            "walikota, /dasbor/PILKADA-2024/unduh/csv, false",
            "auditor.inspektorat, /dasbor/PILKADA-2024, true",
            "auditor.inspektorat, /dasbor/PILKADA-2024/unduh/csv, true",
            "kepala-disperkim, /dasbor, false",
            "kepala-disperkim, /dasbor/PILKADA-2024, false",
            "kepala-disperkim, /dasbor/PILKADA-2024/unduh/csv, false",
            "admin.netral, /dasbor, false",
            "admin.netral, /dasbor/PILKADA-2024, false"})
    void theDashboardIsForThoseWhoMayCountEveryCase(String person, String page, boolean allowed) {
        Map<String, String> session = SignIn.as(person);

        Response answer = given().cookies(session).redirects().follow(false).get(page);
        if (allowed) {
            assertThat(answer.statusCode()).isEqualTo(503);
            assertThat(answer.asString()).contains("Layanan sedang tidak tersedia").doesNotContain("Anda tidak berhak");
        } else {
            assertThat(answer.statusCode()).isEqualTo(403);
            assertThat(answer.contentType()).startsWith("text/html");
            assertThat(answer.asString()).contains("Anda tidak berhak membuka halaman ini");
        }
    }

    @ParameterizedTest(name = "{0} sees the dashboard in the menu: {1}")
    @CsvSource({"maria.ndoen, true", "yohanes.bana, true", "walikota, true", "auditor.inspektorat, true",
            "kepala-disperkim, false", "admin.netral, false"})
    void theMenuOffersTheDashboardToThoseWhoMayOpenIt(String person, boolean offered) {
        String home = given().cookies(SignIn.as(person)).get("/").then().statusCode(200)
                .extract().asString();

        assertThat(home.contains("href=\"/dasbor\"")).isEqualTo(offered);
    }

    @org.junit.jupiter.api.Test
    void anUnknownDownloadFormatIsAPageNotFoundBeforeAnyServiceIsAsked() {
        given().cookies(SignIn.as("maria.ndoen")).redirects().follow(false)
                .get("/dasbor/PILKADA-2024/unduh/pdf").then().statusCode(404)
                .body(containsString("tidak ditemukan"));
    }
}

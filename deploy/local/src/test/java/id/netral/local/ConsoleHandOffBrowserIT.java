package id.netral.local;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The case beyond the city in a real browser against the packaged services: a verified case's study is forwarded by
 * the verifier on the case page (a letter dated before the verification is refused in words, nothing recorded) and its
 * hand-off export downloaded without the reporter; BKPPD sees Netral's recommendation called a draft, gets the form
 * for BKN's result only once the study was forwarded, and records it (a date before the forwarding refused first);
 * the PPK then reads that the body's result is what is acted on, and gets no such form.
 */
class ConsoleHandOffBrowserIT extends ConsoleBrowserTest {
    private static final String ACCUSED = "Fransiskus Tefa";
    private static final String REPORTER = "Maria Fransiska Ndun";
    private static final String LETTER = "112/PP.01.02/K.NT-12/10/2024";
    private static final String RESULT = "LHP-0451/NETRALITAS/X/2024";
    private static final Duration FLOW = Duration.ofSeconds(120);
    private static final ZoneId KUPANG = ZoneId.of("Asia/Makassar");

    @Test
    void theVerifierForwardsTheStudyAndBkppdRecordsBknsResultWhichThePpkThenActsOn() {
        String reportId = PartnerApp.submit(system, PartnerApp.gasTaglineAbout(ACCUSED, 7401));
        given().baseUri(system.url(NetralService.REPORT)).auth().oauth2(token("verifier"))
                .contentType(ContentType.JSON).body(Map.of("decision", "VERIFIED", "violationKind", "D2"))
                .post("/api/v1/reports/{id}/verification", reportId).then().statusCode(200);
        LocalDate verifiedOn = Instant.parse(given().baseUri(system.url(NetralService.REPORT))
                .auth().oauth2(token("verifier")).get("/api/v1/reports/{id}", reportId).then().statusCode(200)
                .extract().<String>path("decision.decidedAt")).atZone(KUPANG).toLocalDate();
        String recommendationId = await().atMost(FLOW).until(() -> recommendation(reportId), id -> id != null);

        // before the study is forwarded BKPPD reads Netral's recommendation as a draft and has nothing to record
        browser.signIn("Yohanes Bana");
        browser.go("/rekomendasi/" + recommendationId);
        browser.see(() -> assertThat(browser.text()).contains("Yang ditindaklanjuti PPK: rancangan rekomendasi Netral")
                .contains("kajian Bawaslu belum diteruskan").doesNotContain("NETRAL_DRAFT")
                .contains("Dinas Perumahan Rakyat dan Kawasan Permukiman").doesNotContain("DISPERKIM"));
        assertThat(browser.findAll(By.id("resultNumber"))).isEmpty();
        browser.go("/");
        browser.signOut();

        // the verifier: a forwarding letter dated before the verification is refused in words, nothing recorded
        browser.signIn("Maria Ndoen");
        browser.go("/verifikasi/" + reportId);
        browser.see(() -> assertThat(browser.text()).contains("Penerusan kajian ke KASN atau BKN"));
        fill("forwardedOn", verifiedOn.minusDays(1).toString());
        browser.find(By.id("letterNumber")).sendKeys(LETTER);
        browser.find(By.id("forwardedBy")).sendKeys("Ketua Bawaslu Kota Kupang");
        browser.click("//button[normalize-space()='Catat penerusan']");
        browser.see(() -> assertThat(browser.text()).contains("Isian belum dapat diterima")
                .contains("tidak boleh sebelum tanggal putusan verifikasi").doesNotContain("must not"));
        assertThat(browser.find(By.id("letterNumber")).getAttribute("value")).isEqualTo(LETTER);
        browser.screenshot("30-penerusan-ditolak");
        given().baseUri(system.url(NetralService.REPORT)).auth().oauth2(token("verifier"))
                .get("/api/v1/reports/{id}", reportId).then().statusCode(200)
                .body("forwarding", org.hamcrest.Matchers.nullValue());

        // the letter's own day: recorded, BKN named by that day
        fill("forwardedOn", verifiedOn.toString());
        browser.click("//button[normalize-space()='Catat penerusan']");
        browser.see(() -> assertThat(browser.text()).contains("Kajian Bawaslu sudah diteruskan kepada")
                .contains("Badan Kepegawaian Negara").contains(LETTER));
        assertThat(browser.findAll(By.id("letterNumber"))).isEmpty();
        browser.screenshot("31-penerusan-dicatat");

        // the hand-off export, as the verifier's browser downloads it: the case, never the reporter
        Response data = download("/verifikasi/" + reportId + "/penerusan/json");
        assertThat(data.statusCode()).isEqualTo(200);
        assertThat(data.contentType()).startsWith("application/json");
        assertThat(data.header("Content-Disposition")).startsWith("attachment");
        assertThat(data.asString()).contains(ACCUSED).contains(LETTER).doesNotContain(REPORTER);
        Response print = download("/verifikasi/" + reportId + "/penerusan/html");
        assertThat(print.statusCode()).isEqualTo(200);
        assertThat(print.contentType()).startsWith("text/html");
        assertThat(print.asString()).contains(ACCUSED).doesNotContain(REPORTER);
        browser.go("/");
        browser.signOut();

        // BKPPD, once sanction-service knows of the forwarding: a date before it refused, then BKN's result recorded
        await().atMost(FLOW).until(() -> given().baseUri(system.url(NetralService.SANCTION))
                .auth().oauth2(token("personnel-officer")).get("/api/v1/recommendations/{id}", recommendationId)
                .then().statusCode(200).extract().<String>path("handOff.forwardedOn"), day -> day != null);
        browser.signIn("Yohanes Bana");
        browser.go("/rekomendasi/" + recommendationId);
        browser.see(() -> assertThat(browser.text()).contains("Yang ditindaklanjuti PPK: rancangan rekomendasi Netral")
                .contains("hasilnya belum diterima").contains("Catat hasil Badan Kepegawaian Negara"));
        browser.find(By.id("resultNumber")).sendKeys(RESULT);
        fill("resultDate", verifiedOn.minusDays(1).toString());
        browser.click("//button[normalize-space()='Catat hasil']");
        browser.see(() -> assertThat(browser.text()).contains("Isian belum dapat diterima")
                .contains("tidak boleh sebelum kajian Bawaslu diteruskan")
                .contains("Yang ditindaklanjuti PPK: rancangan rekomendasi Netral"));
        browser.screenshot("32-hasil-bkn-ditolak");
        fill("resultDate", verifiedOn.toString());
        // the sanctions offered are those of the recommendation's own catalogue version, which sanction-service
        // checks BKN's sanction against
        String ruleVersion = given().baseUri(system.url(NetralService.SANCTION))
                .auth().oauth2(token("personnel-officer")).get("/api/v1/recommendations/{id}", recommendationId)
                .then().statusCode(200)
                .extract().path("ruleVersion");
        List<String> versionSanctions = given().baseUri(system.url(NetralService.SANCTION))
                .auth().oauth2(token("personnel-officer")).get("/api/v1/catalogue/versions/{version}", ruleVersion)
                .then().statusCode(200).extract().path("sanctions.code");
        assertThat(browser.findAll(By.cssSelector("#bodySanction option")))
                .extracting(option -> option.getAttribute("value"))
                .containsExactlyInAnyOrderElementsOf(versionSanctions);
        // BKN may recommend a sanction other than Netral's draft allows: the catalogue's others are offered too
        WebElement other = browser.find(By.xpath("//select[@id='bodySanction']/optgroup[2]/option[1]"));
        String otherSanction = other.getText().substring(0, other.getText().indexOf(" ("));
        other.click();
        browser.click("//button[normalize-space()='Catat hasil']");
        browser.see(() -> assertThat(browser.text())
                .contains("Yang ditindaklanjuti PPK: hasil Badan Kepegawaian Negara (BKN)").contains(RESULT)
                .contains(otherSanction).contains("Sanksi dalam rancangan Netral").doesNotContain("BODY_RESULT"));
        assertThat(browser.findAll(By.id("resultNumber"))).isEmpty();
        browser.screenshot("33-hasil-bkn-dicatat");
        browser.go("/");
        browser.signOut();

        // the PPK reads what it acts on, and is offered no form it would be refused
        browser.signIn("Wali Kota Kupang");
        browser.go("/rekomendasi/" + recommendationId);
        browser.see(() -> assertThat(browser.text())
                .contains("Yang ditindaklanjuti PPK: hasil Badan Kepegawaian Negara (BKN)").contains(RESULT));
        assertThat(browser.findAll(By.id("resultNumber"))).isEmpty();
        browser.screenshot("34-ppk-hasil-bkn");
        browser.go("/");
        browser.signOut();
    }

    /** A date field set as a person's date picker sets it (its text entry depends on the browser's locale). */
    private void fill(String dateField, String day) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
                browser.find(By.id(dateField)), day);
    }

    /** A download link followed with the browser's own session, as the browser would. */
    private Response download(String path) {
        Map<String, String> cookies = new HashMap<>();
        for (Cookie cookie : browser.driver().manage().getCookies()) {
            cookies.put(cookie.getName(), cookie.getValue());
        }
        return given().baseUri(EndToEndSystem.console()).cookies(cookies).redirects().follow(false).get(path);
    }

    private String recommendation(String reportId) {
        List<String> ids = given().baseUri(system.url(NetralService.SANCTION)).auth().oauth2(token("personnel-officer"))
                .queryParam("reportId", reportId).get("/api/v1/recommendations").then().statusCode(200).extract()
                .path("id");
        return ids.isEmpty() ? null : ids.get(0);
    }

    private String token(String role) {
        return system.identityProvider().token(role);
    }
}

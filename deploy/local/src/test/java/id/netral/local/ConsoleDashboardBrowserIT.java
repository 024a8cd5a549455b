package id.netral.local;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The election dashboard in a real browser against the packaged services: a partner app submits cases in two
 * kecamatan, Bawaslu verifies some of them, and BKPPD sees the same numbers as the services' recaps on the tile map
 * and in the tables, the OPDs by name, and downloads the election's proven cases through the console; a verifier's
 * download has every case. An OPD head is refused.
 */
class ConsoleDashboardBrowserIT extends ConsoleBrowserTest {
    private static final String ELECTION = "PILKADA-2024";
    private static final String KOTA_LAMA = "53.71.06";
    private static final Duration FLOW = Duration.ofSeconds(90);

    @Test
    void bkppdSeesTheElectionsNumbersOnTheMapAndInTheTablesAndDownloadsTheCaseList() {
        String alak = submit("Dominggus Sanam", 7201, "DISPERKIM", "53.71.01.1001");
        String oeba = submit("Elisabeth Tanu", 7202, "DINSOS", "53.71.06.1007");
        String unverified = submit("Gregorius Lake", 7203, "DISPERKIM", "53.71.06.1003");
        verify(alak);
        verify(oeba);
        await().atMost(FLOW).untilAsserted(() -> {
            assertThat(status(alak)).isIn("RECOMMENDED", "NOTIFIED", "ACKNOWLEDGED", "IN_FOLLOW_UP");
            assertThat(status(oeba)).isIn("RECOMMENDED", "NOTIFIED", "ACKNOWLEDGED", "IN_FOLLOW_UP");
        });

        browser.signIn("Yohanes Bana");
        browser.click("//nav//a[normalize-space()='Dasbor']");
        browser.see(() -> assertThat(browser.text()).contains("Dasbor pemilihan"));
        browser.click("//a[@href='/dasbor/" + ELECTION + "']");
        browser.see(() -> assertThat(browser.text()).contains("Peta kasus per kecamatan"));

        // the page says what the services' recaps say, on the tiles, in the tables and in the key figures
        browser.seeAfterReloads(FLOW, () -> {
            Map<String, Long> kecamatan = recap("kecamatan");
            long reported = recap("status").values().stream().mapToLong(Long::longValue).sum();
            long kotaLama = kecamatan.getOrDefault(KOTA_LAMA, 0L);
            assertThat(kotaLama).isGreaterThanOrEqualTo(2);
            assertThat(tileCount("Kota Lama")).isEqualTo(kotaLama);
            assertThat(tileCount("Alak")).isEqualTo(kecamatan.getOrDefault("53.71.01", 0L));
            assertThat(tableCount("tabel-kecamatan", "Kota Lama")).isEqualTo(kotaLama);
            assertThat(tableCount("tabel-corong", "Dilaporkan")).isEqualTo(reported);
            assertThat(browser.find(By.id("jumlah-dilaporkan")).getText()).isEqualTo(String.valueOf(reported));
            assertThat(tableCount("tabel-corong", "Terbukti melanggar")).isGreaterThanOrEqualTo(2);
            assertThat(tableCount("tabel-corong", "Direkomendasikan sanksi")).isGreaterThanOrEqualTo(2);
            // the OPDs by the names of notification-service's directory, not by their codes
            assertThat(tableCount("tabel-opd", "Dinas Sosial Kota Kupang")).isEqualTo(recap("opd").get("DINSOS"));
            assertThat(browser.find(By.id("tabel-opd")).getText()).doesNotContainPattern("\\bDINSOS\\b");
        });
        String page = browser.text();
        assertThat(page).contains("rekomendasi lewat batas waktu PPK", "Kasus per hari kejadian",
                "Sosialisasi atau kampanye", "Daftar kasus pemilihan ini yang terbukti melanggar menurut Bawaslu");
        // kinds in words: no SKB code stands alone in the kinds' table
        assertThat(browser.find(By.id("tabel-jenis")).getText()).doesNotContainPattern("\\bD2\\b");
        browser.screenshot("10-dasbor");
        browser.go("/dasbor/" + ELECTION + "#peta-judul");
        browser.screenshot("11-dasbor-peta");
        browser.go("/dasbor/" + ELECTION + "#corong-judul");
        browser.screenshot("12-dasbor-corong");
        browser.go("/dasbor/" + ELECTION + "#peta-judul");
        browser.phoneScreenshot("13-dasbor-peta-ponsel");
        browser.go("/dasbor/" + ELECTION + "#opd-judul");
        browser.screenshot("14-dasbor-opd");

        // the download is report-service's export, passed through the console with BKPPD's own session
        Response csv = given().cookies(browserCookies()).redirects().follow(false)
                .get(EndToEndSystem.console() + "/dasbor/" + ELECTION + "/unduh/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("attachment", ".csv");
        String text = new String(csv.asByteArray(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFNo.;ID laporan;Status");
        List<String> rows = text.lines().skip(1).filter(line -> !line.isBlank()).toList();
        assertThat(rows).anyMatch(row -> row.contains(alak) && row.contains("Dominggus Sanam")
                && row.contains("Alak"));
        assertThat(rows).anyMatch(row -> row.contains(oeba) && row.contains("Kota Lama"));
        assertThat(rows).allMatch(row -> row.contains("Pilkada"));
        // BKPPD's list holds only the cases Bawaslu found proven: the unverified one, with its accused, is not in it
        assertThat(text).doesNotContain(unverified, "Gregorius Lake");
        assertThat((long) rows.size()).isEqualTo(Long.parseLong(csv.header("X-Total-Count")));
        Response xlsx = given().cookies(browserCookies()).redirects().follow(false)
                .get(EndToEndSystem.console() + "/dasbor/" + ELECTION + "/unduh/xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml");
        assertThat(xlsx.asByteArray()).startsWith('P', 'K');
        browser.signOut();

        // a verifier sees the dashboard without what only sanction-service could tell
        browser.signIn("Maria Ndoen");
        browser.go("/dasbor/" + ELECTION);
        browser.see(() -> assertThat(browser.text()).contains("Peta kasus per kecamatan", "Dinas Sosial Kota Kupang",
                        "Daftar semua kasus pemilihan ini")
                .doesNotContain("rekomendasi lewat batas waktu PPK"));
        // the verifier's list has every case, the unverified one too
        String verifiers = given().cookies(browserCookies()).redirects().follow(false)
                .get(EndToEndSystem.console() + "/dasbor/" + ELECTION + "/unduh/csv").then().statusCode(200)
                .extract().asString();
        assertThat(verifiers).contains(unverified, "Gregorius Lake", alak, oeba);
        browser.go("/dasbor/TIDAK-ADA-2099");
        browser.see(() -> assertThat(browser.text()).contains("tidak ditemukan"));
        browser.go("/");
        browser.signOut();

        // an OPD head would see the whole city's numbers there: no dashboard for them, not even by its address
        browser.signIn("Kepala Dinas Sosial");
        assertThat(browser.findAll(By.xpath("//nav//a[normalize-space()='Dasbor']"))).isEmpty();
        browser.go("/dasbor/" + ELECTION);
        browser.see(() -> assertThat(browser.text()).contains("Anda tidak berhak membuka halaman ini")
                .doesNotContain("Peta kasus per kecamatan"));
        Response refused = given().cookies(browserCookies()).redirects().follow(false)
                .get(EndToEndSystem.console() + "/dasbor/" + ELECTION + "/unduh/csv");
        assertThat(refused.statusCode()).isEqualTo(403);
        browser.go("/");
        browser.signOut();
    }

    private long tileCount(String kecamatan) {
        return Long.parseLong(browser.find(By.cssSelector("g.tile[data-kecamatan='" + kecamatan + "'] text.tile-count"))
                .getText().strip());
    }

    private long tableCount(String table, String rowHeading) {
        return Long.parseLong(browser.find(By.xpath("//table[@id='" + table + "']//tr[th[normalize-space()='"
                + rowHeading + "']]/td[1]")).getText().strip());
    }

    /** The recap as BKPPD's token reads it from report-service, for the election. */
    private Map<String, Long> recap(String by) {
        List<Map<String, Object>> rows = given().baseUri(system.url(NetralService.REPORT))
                .auth().oauth2(system.identityProvider().token("personnel-officer"))
                .queryParam("by", by).queryParam("electionId", ELECTION)
                .get("/api/v1/reports/recap").then().statusCode(200).extract().jsonPath().getList("$");
        Map<String, Long> counts = new HashMap<>();
        rows.forEach(row -> counts.put((String) row.get("key"), ((Number) row.get("count")).longValue()));
        return counts;
    }

    private Map<String, String> browserCookies() {
        Map<String, String> cookies = new HashMap<>();
        for (Cookie cookie : browser.driver().manage().getCookies()) {
            cookies.put(cookie.getName(), cookie.getValue());
        }
        return cookies;
    }

    private String submit(String accused, int employee, String opd, String kelurahan) {
        return PartnerApp.submit(system, PartnerApp.gasTaglineAbout(accused, employee)
                .replace("\"DISPERKIM\"", "\"" + opd + "\"").replace("53.71.04.1009", kelurahan));
    }

    private void verify(String reportId) {
        given().baseUri(system.url(NetralService.REPORT)).auth().oauth2(system.identityProvider().token("verifier"))
                .contentType(ContentType.JSON).body(Map.of("decision", "VERIFIED", "violationKind", "D2"))
                .post("/api/v1/reports/{id}/verification", reportId).then().statusCode(200);
    }

    private String status(String reportId) {
        return given().baseUri(system.url(NetralService.REPORT))
                .auth().oauth2(system.identityProvider().token("verifier"))
                .get("/api/v1/reports/{id}", reportId).then().statusCode(200).extract().path("status");
    }
}

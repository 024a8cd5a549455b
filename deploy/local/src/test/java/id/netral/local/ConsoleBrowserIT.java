package id.netral.local;

import id.netral.events.words.IndonesianDates;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A whole case in a real browser (Debian's headless Chromium) against the packaged services and console: a partner
 * app submits, the verifier verifies in the console, BKPPD revises the recommendation, the OPD head acknowledges
 * and records the follow-up, the case's timeline shows every step, and the head of another OPD sees none of it.
 * Screenshots of the main pages go to target/screenshots/.
 */
class ConsoleBrowserIT extends ConsoleBrowserTest {
    private static final String ACCUSED = "Fransiska Lodo";
    private static final Duration FLOW = Duration.ofSeconds(90);

    @Test
    void aCaseGoesFromThePartnerAppThroughEveryRoleInTheConsole() {
        String reportId = PartnerApp.submit(system, PartnerApp.gasTaglineAbout(ACCUSED, 7001));

        // the verifier takes the case and decides it with the SKB picker
        browser.signIn("Maria Ndoen");
        browser.go("/verifikasi");
        browser.seeAfterReloads(FLOW, () -> assertThat(browser.text()).contains(ACCUSED));
        browser.screenshot("01-daftar-verifikasi");
        browser.find(By.xpath("//a[contains(., '" + ACCUSED + "')]")).click();
        browser.see(() -> assertThat(browser.text()).contains("Kasus ini belum diambil verifikator"));
        browser.click("//button[normalize-space()='Ambil kasus ini']");
        browser.see(() -> assertThat(browser.text()).contains("Anda menangani kasus ini"));
        browser.find(By.cssSelector("input[name=decision][value=VERIFIED]")).click();
        browser.find(By.cssSelector("input[name=violationKind][value=D2]")).click();
        browser.find(By.id("note")).sendKeys("Unggahan terbukti dari akun terlapor sendiri.");
        browser.screenshot("02-putusan-verifikasi");
        browser.click("//button[normalize-space()='Simpan putusan']");
        browser.see(() -> assertThat(browser.text()).contains("Unggahan terbukti dari akun terlapor sendiri."));
        browser.signOut();

        // BKPPD sees the recommendation with its explanation and legal basis, and revises it with a reason
        browser.signIn("Yohanes Bana");
        browser.go("/rekomendasi");
        browser.seeAfterReloads(FLOW, () -> assertThat(browser.text()).contains(ACCUSED));
        browser.screenshot("03-rekomendasi");
        browser.find(By.xpath("//a[contains(., '" + ACCUSED + "')]")).click();
        browser.see(() -> assertThat(browser.text()).contains("Dasar hukum").contains("Penjelasan"));
        browser.find(By.cssSelector("#recommendedSanction option:last-child")).click();
        browser.find(By.id("reason")).sendKeys("Terlapor baru pertama kali melanggar dan mengakui perbuatannya.");
        browser.screenshot("04-ubah-rekomendasi");
        browser.click("//button[normalize-space()='Simpan perubahan']");
        browser.see(() -> assertThat(browser.text()).contains("Rekomendasi diubah BKPPD")
                .contains("Terlapor baru pertama kali melanggar dan mengakui perbuatannya."));
        browser.signOut();

        // the OPD head acknowledges the notice and records the first follow-up step
        browser.signIn("Kepala Dinas Perumahan dan Kawasan Permukiman");
        browser.go("/opd");
        browser.seeAfterReloads(FLOW, () -> assertThat(browser.findAll(By.xpath(noticeLink()))).isNotEmpty());
        browser.screenshot("05-kasus-opd");
        browser.find(By.xpath(noticeLink())).click();
        String noticeAddress = browser.currentUrl();
        // the summons is due a number of working days after the notice: its last day shown before it is taken
        String noticeId = noticeAddress.substring(noticeAddress.lastIndexOf('/') + 1);
        LocalDate summonsDue = LocalDate.parse(given().baseUri(system.url(NetralService.NOTIFICATION))
                .auth().oauth2(system.identityProvider().token("personnel-officer"))
                .get("/api/v1/notifications/{id}/follow-ups/due", noticeId)
                .then().statusCode(200).extract().<String>path("steps.find { it.step == 'SUMMONED' }.dueDate"));
        browser.see(() -> assertThat(browser.text()).contains("Langkah berikutnya")
                .contains("Pegawai dipanggil secara tertulis: batas " + IndonesianDates.longForm(summonsDue))
                .doesNotContain("Terlambat"));
        browser.click("//button[normalize-space()='Saya sudah menerima']");
        browser.see(() -> assertThat(browser.text()).contains("Pemberitahuan ini sudah diterima pada"));
        browser.click("//select[@id='step']/option[normalize-space()='Pegawai dipanggil secara tertulis']");
        browser.find(By.id("documentNumber")).sendKeys("800/12/DISPERKIM/2026");
        browser.find(By.id("note")).sendKeys("Dipanggil untuk diperiksa atasan langsung.");
        browser.click("//button[normalize-space()='Catat tindak lanjut']");
        browser.see(() -> assertThat(browser.text()).contains("Pegawai dipanggil secara tertulis")
                .contains("800/12/DISPERKIM/2026").doesNotContain("Langkah berikutnya"));
        browser.screenshot("06-tindak-lanjut");
        browser.signOut();

        // the head of another OPD sees nothing of it, not even by the notice's address
        browser.signIn("Kepala Dinas Sosial");
        browser.go("/opd");
        assertThat(browser.text()).doesNotContain(ACCUSED);
        browser.driver().get(noticeAddress);
        assertThat(browser.text()).doesNotContain(ACCUSED).containsAnyOf("tidak berhak", "tidak ditemukan");
        browser.go("/");
        browser.signOut();

        // the case's timeline shows every step, in words
        List<String> steps = List.of("SUBMITTED", "REGISTERED", "ASSIGNED", "VERIFIED", "RECOMMENDED",
                "RECOMMENDATION_REVISED", "NOTIFIED", "ACKNOWLEDGED", "FOLLOW_UP");
        await().atMost(FLOW).untilAsserted(() -> assertThat(timelineSteps(reportId)).containsAll(steps));
        browser.signIn("Maria Ndoen");
        browser.go("/verifikasi/" + reportId);
        List<String> labels = given().baseUri(system.url(NetralService.REPORT))
                .auth().oauth2(system.identityProvider().token("verifier"))
                .get("/api/v1/reports/{id}", reportId).then().extract().path("timeline.label");
        List<WebElement> shown = browser.findAll(By.cssSelector("#isi .timeline li"));
        assertThat(shown).hasSize(labels.size());
        assertThat(browser.text()).contains(labels);
        assertThat(browser.text()).doesNotContain("RECOMMENDATION_REVISED", "FOLLOW_UP");
        browser.screenshot("07-kasus-dan-riwayat");
        browser.signOut();

        // the reporter follows the case by its code, without signing in
        String trackingCode = given().baseUri(system.url(NetralService.REPORT))
                .auth().oauth2(system.identityProvider().token("verifier"))
                .get("/api/v1/reports/{id}", reportId).then().extract().path("trackingCode");
        browser.go("/lacak");
        browser.find(By.id("kode")).sendKeys(trackingCode);
        browser.click("//button[normalize-space()='Lacak']");
        browser.see(() -> assertThat(browser.text()).contains("Keadaan laporan").doesNotContain(ACCUSED));
        browser.screenshot("08-lacak");
        browser.phoneScreenshot("09-lacak-ponsel");
    }

    private List<String> timelineSteps(String reportId) {
        return given().baseUri(system.url(NetralService.REPORT))
                .auth().oauth2(system.identityProvider().token("verifier"))
                .get("/api/v1/reports/{id}", reportId).then().statusCode(200).extract().path("timeline.step");
    }

    private String noticeLink() {
        return "//li[contains(@class, 'row')]/a[contains(., '" + ACCUSED + "') and contains(., 'Pemberitahuan ·')]";
    }

}

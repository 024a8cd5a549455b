package id.netral.local;

import com.sun.net.httpserver.HttpServer;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The admin and the auditor in a real browser against the packaged services: the admin appoints an OPD head from a
 * day on and sees it, sets the office's webhook (its secret shown once) to a real receiver in this test that refuses
 * every notice, sees the failed webhook of a real case's notice (its e-mail delivered) with the webhook's own count of
 * attempts, and re-queues it once the receiver takes notices;
 * the auditor finds the admin's appointment in notification-service's audit log; a verifier gets the no-right page.
 */
class ConsoleAdminBrowserIT extends ConsoleBrowserTest {
    private static final String OFFICE = "DISHUB";
    private static final String ACCUSED = "Agustinus Lay";
    private static final String NEW_HEAD = "Yosef Manafe";
    private static final Duration FLOW = Duration.ofSeconds(120);
    private static final ZoneId KUPANG = ZoneId.of("Asia/Makassar");

    private HttpServer receiver;
    private final AtomicBoolean refusing = new AtomicBoolean(true);
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger taken = new AtomicInteger();

    @BeforeAll
    void startReceiver() throws IOException {
        // the office's webhook receiver: a real HTTP server that refuses until told otherwise
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/netral", exchange -> {
            exchange.getRequestBody().readAllBytes();
            if (refusing.get()) {
                refused.incrementAndGet();
                exchange.sendResponseHeaders(503, -1);
            } else {
                taken.incrementAndGet();
                exchange.sendResponseHeaders(204, -1);
            }
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    void stopReceiver() {
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    @Test
    void theAdminKeepsTheDirectoryAndRequeuesAFailedDeliveryAndTheAuditorSeesItDone() {
        LocalDate from = LocalDate.now(KUPANG).plusDays(7);
        String fromInWords = from.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id-ID")));

        // the admin appoints the next head of the office from a day on, and sees it in the office's history
        browser.signIn("Admin Netral");
        browser.go("/admin");
        browser.see(() -> assertThat(browser.text()).contains("Direktori OPD").contains(OFFICE));
        browser.screenshot("20-admin-direktori");
        browser.click("//a[normalize-space()='" + OFFICE + "']");
        browser.see(() -> assertThat(browser.text()).contains("Angkat kepala mulai tanggal tertentu"));
        WebElement day = browser.find(By.id("validFrom"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", day,
                from.toString());
        browser.find(By.id("name")).sendKeys(NEW_HEAD);
        browser.find(By.id("email")).sendKeys("yosef.manafe@kupangkota.example");
        browser.click("//button[normalize-space()='Catat pengangkatan']");
        browser.see(() -> assertThat(browser.text()).contains("Pengangkatan kepala sudah dicatat")
                .contains(NEW_HEAD).contains(fromInWords).doesNotContain(from.toString()));
        // the history reads as its caption says: the earliest head on top, the one appointed from next week last
        assertThat(browser.find(By.xpath("//table/caption")).getText()).contains("yang paling awal di atas");
        java.util.List<WebElement> heads = browser.findAll(By.xpath("//table/tbody/tr"));
        assertThat(heads.size()).isGreaterThanOrEqualTo(2);
        assertThat(heads.get(heads.size() - 1).getText()).contains(NEW_HEAD).contains(fromInWords);
        assertThat(heads.get(0).getText()).doesNotContain(NEW_HEAD);

        // a refused form comes back in words and changes nothing
        browser.find(By.id("email")).sendKeys("yosef.manafe@kupangkota.example");
        browser.find(By.id("employeeId")).sendKeys("12345");
        browser.click("//button[normalize-space()='Catat pengangkatan']");
        browser.see(() -> assertThat(browser.text()).contains("Isian belum dapat diterima").contains("NIP harus 18 angka"));
        browser.screenshot("21-admin-kepala-ditolak");

        // the office's webhook, to the receiver that refuses: the console makes the secret and shows it once
        browser.go("/admin/opd/" + OFFICE);
        browser.find(By.id("url")).sendKeys("http://127.0.0.1:" + receiver.getAddress().getPort() + "/netral");
        browser.click("//button[normalize-space()='Pasang webhook']");
        browser.see(() -> assertThat(browser.text()).contains("Rahasia webhook yang baru"));
        String secret = browser.find(By.cssSelector(".secret-value")).getText();
        assertThat(secret).startsWith("whsec_");
        browser.screenshot("22-admin-webhook-rahasia");
        browser.go("/admin/opd/" + OFFICE);
        browser.see(() -> assertThat(browser.text()).contains("Rahasianya tidak ditampilkan").doesNotContain(secret));

        // notices to the office's head go by e-mail and by the webhook
        browser.find(By.cssSelector("input[name=preference][value=EMAIL_AND_WEBHOOK]")).click();
        browser.click("//button[normalize-space()='Simpan kanal']");
        browser.see(() -> assertThat(browser.text()).contains("Kanal pemberitahuan sudah diatur")
                .contains("Surat elektronik dan webhook"));
        browser.screenshot("23-admin-kantor");

        // a real case against the office's staff: its notice reaches the head by e-mail, but its webhook fails at the
        // refusing receiver; the page lists it although the notice counts as delivered, says the webhook failed,
        // and counts the webhook's own attempts (the e-mail's count is not the webhook's)
        String reportId = submitByPartnerApp();
        given().baseUri(system.url(NetralService.REPORT)).auth().oauth2(system.identityProvider().token("verifier"))
                .contentType(ContentType.JSON).body(Map.of("decision", "VERIFIED", "violationKind", "D2"))
                .post("/api/v1/reports/{id}/verification", reportId).then().statusCode(200);
        browser.go("/admin/pengiriman-gagal");
        browser.seeAfterReloads(FLOW, () -> assertThat(browser.text())
                .contains("Alamat webhook kantor menolak pemberitahuan").contains(OFFICE));
        assertThat(refused.get()).isGreaterThanOrEqualTo(3);
        String card = browser.find(By.xpath("//li[contains(@class, 'failure') and contains(., '" + OFFICE + "')]"))
                .getText();
        assertThat(card).contains("Webhook gagal").contains("3 kali dicoba")
                .contains("surat elektronik sudah sampai").contains("hanya webhook yang gagal")
                .doesNotContain("Surat elektronik gagal").doesNotContain("0 kali dicoba");
        browser.screenshot("24-admin-pengiriman-gagal");

        // the receiver is fixed; the admin re-queues, and the notice arrives
        refusing.set(false);
        browser.click("//li[contains(., '" + OFFICE + "') and contains(., 'Alamat webhook kantor menolak')]"
                + "//button[normalize-space()='Kirim ulang']");
        browser.see(() -> assertThat(browser.text()).contains("Pemberitahuan sudah diantrekan lagi"));
        await().atMost(FLOW).untilAsserted(() -> assertThat(taken.get()).isGreaterThanOrEqualTo(1));
        browser.seeAfterReloads(FLOW, () -> assertThat(browser.text())
                .doesNotContain("Alamat webhook kantor menolak pemberitahuan"));
        browser.signOut();

        // the auditor finds the admin's appointment in notification-service's audit log, in words
        browser.signIn("Auditor Inspektorat");
        browser.go("/audit");
        browser.click("//select[@id='layanan']/option[@value='pemberitahuan']");
        browser.find(By.id("catatan")).sendKeys(OFFICE);
        browser.click("//button[normalize-space()='Cari']");
        browser.see(() -> assertThat(browser.text()).contains("Kepala OPD diangkat").contains("admin.netral")
                .contains("Webhook OPD dipasang atau rahasianya diganti")
                .doesNotContain("opd.head-appointed"));
        browser.screenshot("25-audit");
        browser.go("/audit?layanan=pemberitahuan");
        browser.see(() -> assertThat(browser.text()).contains("Pengiriman gagal dikirim ulang"));
        browser.go("/admin");
        browser.see(() -> assertThat(browser.text()).contains("Anda tidak berhak membuka halaman ini"));
        browser.go("/");
        browser.signOut();

        // a verifier is refused the admin's pages
        browser.signIn("Maria Ndoen");
        assertThat(browser.findAll(By.xpath("//a[starts-with(@href, '/admin')]"))).isEmpty();
        browser.go("/admin/pengiriman-gagal");
        browser.see(() -> assertThat(browser.text()).contains("Anda tidak berhak membuka halaman ini")
                .doesNotContain(OFFICE));
        browser.screenshot("26-verifikator-tidak-berhak");
        browser.go("/");
        browser.signOut();
    }

    private String submitByPartnerApp() {
        return PartnerApp.submit(system, PartnerApp.gasTaglineAbout(ACCUSED, 7301)
                .replace("\"DISPERKIM\"", "\"" + OFFICE + "\"")
                .replace("Kepala Seksi Perumahan", "Kepala Seksi Angkutan"));
    }
}

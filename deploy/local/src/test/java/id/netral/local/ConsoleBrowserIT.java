package id.netral.local;

import id.netral.local.samples.EmployeeNumbers;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
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
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final String ACCUSED = "Fransiska Lodo";
    private static final Duration FLOW = Duration.ofSeconds(90);
    private static final Duration PAGE = Duration.ofSeconds(15);

    private LocalSystem system;
    private String console;
    private WebDriver browser;

    @BeforeAll
    void start() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The browser test needs Debian's packages chromium and chromium-driver "
                    + "(apt-get install -y chromium chromium-driver); .ci/run installs them when it can");
        }
        system = EndToEndSystem.get();
        console = EndToEndSystem.console();
        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--lang=id-ID", "--window-size=1280,1400");
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(driver, options);
        // a click that navigates (a redirect chain through the sign-in provider, say) returns before the next page
        // is there: finding an element waits for it a while
        browser.manage().timeouts().implicitlyWait(PAGE);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aCaseGoesFromThePartnerAppThroughEveryRoleInTheConsole() {
        String reportId = submitByPartnerApp();

        // the verifier takes the case and decides it with the SKB picker
        signIn("Maria Ndoen");
        open("/verifikasi");
        await().atMost(FLOW).untilAsserted(() -> {
            browser.navigate().refresh();
            assertThat(text()).contains(ACCUSED);
        });
        screenshot("01-daftar-verifikasi");
        browser.findElement(By.xpath("//a[contains(., '" + ACCUSED + "')]")).click();
        see(() -> assertThat(text()).contains("Kasus ini belum diambil verifikator"));
        click("//button[normalize-space()='Ambil kasus ini']");
        see(() -> assertThat(text()).contains("Anda menangani kasus ini"));
        browser.findElement(By.cssSelector("input[name=decision][value=VERIFIED]")).click();
        browser.findElement(By.cssSelector("input[name=violationKind][value=D2]")).click();
        browser.findElement(By.id("note")).sendKeys("Unggahan terbukti dari akun terlapor sendiri.");
        screenshot("02-putusan-verifikasi");
        click("//button[normalize-space()='Simpan putusan']");
        see(() -> assertThat(text()).contains("Unggahan terbukti dari akun terlapor sendiri."));
        signOut();

        // BKPPD sees the recommendation with its explanation and legal basis, and revises it with a reason
        signIn("Yohanes Bana");
        open("/rekomendasi");
        await().atMost(FLOW).untilAsserted(() -> {
            browser.navigate().refresh();
            assertThat(text()).contains(ACCUSED);
        });
        screenshot("03-rekomendasi");
        browser.findElement(By.xpath("//a[contains(., '" + ACCUSED + "')]")).click();
        see(() -> assertThat(text()).contains("Dasar hukum").contains("Penjelasan"));
        browser.findElement(By.cssSelector("#recommendedSanction option:last-child")).click();
        browser.findElement(By.id("reason")).sendKeys("Terlapor baru pertama kali melanggar dan mengakui perbuatannya.");
        screenshot("04-ubah-rekomendasi");
        click("//button[normalize-space()='Simpan perubahan']");
        see(() -> assertThat(text()).contains("Rekomendasi diubah BKPPD")
                .contains("Terlapor baru pertama kali melanggar dan mengakui perbuatannya."));
        signOut();

        // the OPD head acknowledges the notice and records the first follow-up step
        signIn("Kepala Dinas Perumahan dan Kawasan Permukiman");
        open("/opd");
        await().atMost(FLOW).untilAsserted(() -> {
            browser.navigate().refresh();
            assertThat(browser.findElements(By.xpath(noticeLink()))).isNotEmpty();
        });
        screenshot("05-kasus-opd");
        browser.findElement(By.xpath(noticeLink())).click();
        String noticeAddress = browser.getCurrentUrl();
        click("//button[normalize-space()='Saya sudah menerima']");
        see(() -> assertThat(text()).contains("Pemberitahuan ini sudah diterima pada"));
        click("//select[@id='step']/option[normalize-space()='Pegawai dipanggil dan diperiksa']");
        browser.findElement(By.id("note")).sendKeys("Diperiksa atasan langsung, berita acara nomor 12/BAP/2026.");
        click("//button[normalize-space()='Catat tindak lanjut']");
        see(() -> assertThat(text()).contains("Pegawai dipanggil dan diperiksa").contains("12/BAP/2026"));
        screenshot("06-tindak-lanjut");
        signOut();

        // the head of another OPD sees nothing of it, not even by the notice's address
        signIn("Kepala Dinas Sosial");
        open("/opd");
        assertThat(text()).doesNotContain(ACCUSED);
        browser.get(noticeAddress);
        assertThat(text()).doesNotContain(ACCUSED).containsAnyOf("tidak berhak", "tidak ditemukan");
        open("/");
        signOut();

        // the case's timeline shows every step, in words
        List<String> steps = List.of("SUBMITTED", "REGISTERED", "ASSIGNED", "VERIFIED", "RECOMMENDED",
                "RECOMMENDATION_REVISED", "NOTIFIED", "ACKNOWLEDGED", "FOLLOW_UP");
        await().atMost(FLOW).untilAsserted(() -> assertThat(timelineSteps(reportId)).containsAll(steps));
        signIn("Maria Ndoen");
        open("/verifikasi/" + reportId);
        List<String> labels = given().baseUri(system.url(NetralService.REPORT))
                .auth().oauth2(system.identityProvider().token("verifier"))
                .get("/api/v1/reports/{id}", reportId).then().extract().path("timeline.label");
        List<WebElement> shown = browser.findElements(By.cssSelector("#isi .timeline li"));
        assertThat(shown).hasSize(labels.size());
        assertThat(text()).contains(labels);
        assertThat(text()).doesNotContain("RECOMMENDATION_REVISED", "FOLLOW_UP");
        screenshot("07-kasus-dan-riwayat");
        signOut();

        // the reporter follows the case by its code, without signing in
        String trackingCode = given().baseUri(system.url(NetralService.REPORT))
                .auth().oauth2(system.identityProvider().token("verifier"))
                .get("/api/v1/reports/{id}", reportId).then().extract().path("trackingCode");
        open("/lacak");
        browser.findElement(By.id("kode")).sendKeys(trackingCode);
        click("//button[normalize-space()='Lacak']");
        see(() -> assertThat(text()).contains("Keadaan laporan").doesNotContain(ACCUSED));
        screenshot("08-lacak");
        browser.manage().window().setSize(new Dimension(390, 844));
        screenshot("09-lacak-ponsel");
        browser.manage().window().setSize(new Dimension(1280, 1400));
    }

    private String submitByPartnerApp() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Makassar"));
        String body;
        try {
            body = Files.readString(EndToEndSystem.HOME.resolve("deploy/local/samples/gas-tagline.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        body = body.replace("Yohanes Bria", ACCUSED).replace("198609262015051001", EmployeeNumbers.nip(7001))
                .replaceAll("\"date\": \"[0-9-]+\"", "\"date\": \"" + today.minusDays(2) + "\"")
                .replaceAll("\"knownDate\": \"[0-9-]+\"", "\"knownDate\": \"" + today.minusDays(1) + "\"");
        return given().baseUri(system.url(NetralService.REPORT))
                .auth().oauth2(system.identityProvider().partnerApp("bawaslu-intake"))
                .contentType(ContentType.JSON).body(body).post("/api/v1/reports")
                .then().statusCode(201).extract().path("id");
    }

    private List<String> timelineSteps(String reportId) {
        return given().baseUri(system.url(NetralService.REPORT))
                .auth().oauth2(system.identityProvider().token("verifier"))
                .get("/api/v1/reports/{id}", reportId).then().statusCode(200).extract().path("timeline.step");
    }

    private String noticeLink() {
        return "//li[contains(@class, 'row')]/a[contains(., '" + ACCUSED + "') and contains(., 'Pemberitahuan ·')]";
    }

    /** Signs in through the development provider's login page, as a newcomer would. */
    private void signIn(String person) {
        open("/");
        assertThat(browser.getTitle()).contains("Masuk ke Netral");
        if (!Files.exists(SCREENSHOTS.resolve("00-masuk.png"))) {
            screenshot("00-masuk");
        }
        browser.findElement(By.xpath("//button[contains(., '" + person + "')]")).click();
        see(() -> assertThat(text()).contains("Selamat datang, " + person));
    }

    private void signOut() {
        click("//button[normalize-space()='Keluar']");
        see(() -> assertThat(text()).contains("Anda sudah keluar"));
    }

    private void open(String path) {
        browser.get(console + path);
    }

    private void click(String xpath) {
        browser.findElement(By.xpath(xpath)).click();
    }

    /** The page's text; a page being replaced by the next one is read again once the next one is there. */
    private String text() {
        return await().atMost(PAGE).ignoreExceptionsInstanceOf(WebDriverException.class)
                .until(() -> browser.findElement(By.tagName("body")).getText(), text -> true);
    }

    /** What the page must show after an action that navigates: waited for, since the click returns first. */
    private void see(Runnable expectation) {
        await().atMost(PAGE).untilAsserted(expectation::run);
    }

    private void screenshot(String name) {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        try {
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

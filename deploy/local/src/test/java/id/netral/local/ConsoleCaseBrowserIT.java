package id.netral.local;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The verifier's case page and the OPD head's e-mail link in a real browser against the packaged services and
 * console: a partner app submits a case with a picture as evidence and a reporter who asked for confidentiality, and
 * a second report of the same act; the verifier sees the picture, the evidence file to download and the duplicate,
 * takes the case and opens the reporter's identity, which a second verifier is refused; the OPD head's e-mail link
 * lands in the console without sign-in, acknowledges once, and leads to the follow-up behind sign-in.
 */
class ConsoleCaseBrowserIT extends ConsoleBrowserTest {
    private static final String ACCUSED = "Damianus Seran";
    private static final String REPORTER = "Maria Fransiska Ndun";
    private static final Duration FLOW = Duration.ofSeconds(90);
    private static final String HEAD_OF_DISPERKIM = "kepala.disperkim@kupangkota.example";

    @Test
    void theVerifierSeesTheEvidenceAndDuplicatesOpensTheReporterAndTheHeadAcknowledgesFromTheMail() {
        String body = sampleCase();
        String reportId = PartnerApp.submit(system, body);
        PartnerApp.upload(system, reportId, "tangkapan-layar.png", "image/png", picture());
        PartnerApp.upload(system, reportId, "berita-acara.pdf", "application/pdf",
                "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        // the same act told by a second reporter: screening links it to the first
        String duplicateId = PartnerApp.submit(system, body.replace(REPORTER, "Yakobus Nenobais"));

        // the verifier: the picture shown, the PDF to download, the duplicate linked, the screening in words
        browser.signIn("Maria Ndoen");
        browser.go("/verifikasi/" + reportId);
        browser.see(() -> assertThat(browser.text()).contains(ACCUSED, "tangkapan-layar.png", "Gambar PNG",
                "berita-acara.pdf", "Dokumen PDF", "Unduh berita-acara.pdf", "Lolos kajian awal",
                "Digabungkan ke laporan ini"));
        // the accused's office by the name notification-service's directory gives it, not by its code
        assertThat(browser.find(By.xpath("//dt[normalize-space()='OPD']/following-sibling::dd[1]")).getText())
                .startsWith("Dinas Perumahan Rakyat dan Kawasan Permukiman").doesNotContain("DISPERKIM");
        WebElement preview = browser.find(By.cssSelector("img.preview"));
        browser.see(() -> assertThat(((Number) ((JavascriptExecutor) browser.driver())
                .executeScript("return arguments[0].naturalWidth;", preview)).intValue())
                .as("the picture is loaded from the console").isEqualTo(120));
        assertThat(preview.getAttribute("src")).startsWith(EndToEndSystem.console() + "/verifikasi/" + reportId
                + "/bukti/");
        assertThat(browser.findAll(By.cssSelector("img.preview"))).hasSize(1);
        assertThat(browser.text()).doesNotContain(REPORTER);
        browser.screenshot("10-kasus-bukti-dan-laporan-ganda");
        String download = browser.find(By.xpath("//a[contains(., 'Unduh berita-acara.pdf')]")).getAttribute("href");
        assertThat(download).endsWith("?unduh=1");

        // the duplicate's own page leads back to the first report
        browser.find(By.xpath("//ul[contains(@class, 'related')]//a")).click();
        browser.see(() -> assertThat(browser.currentUrl()).endsWith("/verifikasi/" + duplicateId));
        browser.see(() -> assertThat(browser.text()).contains("Laporan ganda",
                "Laporan ini digabungkan ke laporan tersebut"));
        // back to the first report as a person goes back, with the Back button: its form was read before the picture
        // and the duplicate's page were loaded, and must still be accepted
        browser.driver().navigate().back();
        browser.see(() -> assertThat(browser.currentUrl()).endsWith("/verifikasi/" + reportId));

        // takes the case, then asks for the reporter's identity, which is shown once
        browser.click("//button[normalize-space()='Ambil kasus ini']");
        browser.see(() -> assertThat(browser.text()).contains("Anda menangani kasus ini"));
        browser.click("//button[normalize-space()='Tampilkan identitas pelapor']");
        browser.see(() -> assertThat(browser.text()).contains("Identitas pelapor", REPORTER, "0812-3800-1122",
                "meminta identitasnya dirahasiakan"));
        browser.screenshot("11-identitas-pelapor");
        browser.go("/verifikasi/" + reportId);
        assertThat(browser.text()).doesNotContain(REPORTER);
        browser.find(By.cssSelector("input[name=decision][value=VERIFIED]")).click();
        browser.find(By.cssSelector("input[name=violationKind][value=D2]")).click();
        browser.find(By.id("note")).sendKeys("Tangkapan layar cocok dengan akun terlapor.");
        browser.click("//button[normalize-space()='Simpan putusan']");
        browser.see(() -> assertThat(browser.text()).contains("Tangkapan layar cocok dengan akun terlapor."));
        browser.signOut();

        // a verifier who did not take the case is refused the confidential reporter, in words
        browser.signIn("Yosef Lake");
        browser.go("/verifikasi/" + reportId);
        browser.click("//button[normalize-space()='Tampilkan identitas pelapor']");
        browser.see(() -> assertThat(browser.text()).contains("Identitas pelapor tidak dapat ditampilkan",
                "verifikator yang menangani kasus ini").doesNotContain(REPORTER));
        browser.screenshot("12-identitas-pelapor-ditolak");
        browser.signOut();

        // the OPD head, not signed in, follows the link in the e-mail into the console
        String link = linkInTheHeadsMail();
        assertThat(link).startsWith(EndToEndSystem.console() + "/tanda-terima/");
        browser.driver().get(link);
        browser.see(() -> assertThat(browser.text()).contains("Konfirmasi penerimaan pemberitahuan", "DISPERKIM"));
        assertThat(browser.text()).doesNotContain("Keluar");
        browser.screenshot("13-tautan-surel");
        browser.phoneScreenshot("13-tautan-surel-ponsel");
        browser.click("//button[normalize-space()='Konfirmasi penerimaan']");
        browser.see(() -> assertThat(browser.text()).contains("Terima kasih, penerimaan sudah dicatat",
                "Langkah selanjutnya", "akan diminta masuk"));
        browser.screenshot("14-penerimaan-dicatat");
        browser.click("//a[normalize-space()='Catat tindak lanjut']");
        browser.see(() -> assertThat(browser.driver().getTitle()).contains("Masuk ke Netral"));
        browser.click("//button[contains(., 'Kepala Dinas Perumahan dan Kawasan Permukiman')]");
        browser.see(() -> assertThat(browser.text()).contains("Pemberitahuan ini sudah diterima pada",
                "Catat tindak lanjut"));
        assertThat(browser.currentUrl()).contains("/opd/pemberitahuan/");

        // the link is spent; a mail sent before the console took the link over still lands on the console's page
        browser.driver().get(link);
        browser.see(() -> assertThat(browser.text()).contains("Tautan sudah digunakan"));
        browser.screenshot("15-tautan-sudah-digunakan");
        browser.driver().get(system.url(NetralService.NOTIFICATION) + "/api/v1/acknowledgement-links/"
                + link.substring(link.indexOf("/tanda-terima/") + "/tanda-terima/".length()));
        browser.see(() -> assertThat(browser.currentUrl()).startsWith(EndToEndSystem.console() + "/tanda-terima/"));
        browser.see(() -> assertThat(browser.text()).contains("Tautan sudah digunakan"));
        browser.driver().get(link.substring(0, link.indexOf("?")) + "?expires=1&signature=dipotong");
        browser.see(() -> assertThat(browser.text()).contains("Tautan sudah kedaluwarsa"));
        browser.driver().get(link.substring(0, link.indexOf("/tanda-terima/") + 20));
        browser.see(() -> assertThat(browser.text()).contains("Tautan tidak dikenal"));
        browser.go("/");
        browser.signOut();

        await().atMost(FLOW).untilAsserted(() -> assertThat(given().baseUri(system.url(NetralService.REPORT))
                .auth().oauth2(system.identityProvider().token("verifier"))
                .get("/api/v1/reports/{id}", reportId).then().statusCode(200).extract()
                .<List<String>>path("timeline.step")).contains("ACKNOWLEDGED"));
    }

    /** The act two days ago, known yesterday: within the reporting window; the reporter asked for confidentiality. */
    private static String sampleCase() {
        String body = PartnerApp.gasTaglineAbout(ACCUSED, 7101);
        assertThat(body).contains("\"confidential\": true", REPORTER);
        return body;
    }

    /** A 120 x 80 picture standing in for a screenshot of the post. */
    private static byte[] picture() {
        BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D pen = image.createGraphics();
        pen.setColor(new Color(0x0b4f6c));
        pen.fillRect(0, 0, 120, 80);
        pen.setColor(Color.WHITE);
        pen.fillOval(30, 15, 60, 50);
        pen.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    /** The link in the notice to the head of DISPERKIM about this case, found by the letter's text. */
    private String linkInTheHeadsMail() {
        MimeMessage mail = await().atMost(FLOW).until(() -> system.smtp().received().stream().filter(each -> {
            try {
                return HEAD_OF_DISPERKIM.equals(each.getAllRecipients()[0].toString())
                        && Letters.text(each).contains(ACCUSED);
            } catch (Exception e) {
                return false;
            }
        }).toList(), mails -> !mails.isEmpty()).get(0);
        Matcher link;
        try {
            link = Pattern.compile("http://localhost:\\d+/tanda-terima/\\S+").matcher(Letters.text(mail));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        assertThat(link.find()).as("a one-time acknowledgement link in the e-mail").isTrue();
        return link.group();
    }
}

package id.netral.notification;

import id.netral.events.access.Roles;
import id.netral.infra.Callers;
import id.netral.infra.EmbeddedInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Each letter goes with its PDF, and those who may read the notice download the same PDF, the read audited. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "database", value = "notification"), @ResourceArg(name = "smtp", value = "true")})
class LetterPdfTest {

    @Test
    void theLetterIsAttachedAsPdfAndDownloadableByThoseWhoMayReadIt() throws IOException {
        UUID reportId = UUID.randomUUID();
        String id = Notices.deliveredNoticeFor(reportId, "DLHK");
        String number = Mails.letterNumber(id);

        MimeMessage mail = await().atMost(Notices.PATIENCE).until(() ->
                Mails.to("kepala.dlhk@kupangkota.example", reportId), mails -> mails.size() == 1).get(0);
        Mails.Attachment attached = Mails.attachment(mail).orElseThrow();
        assertThat(attached.contentType()).startsWith("application/pdf");
        assertThat(attached.fileName()).isEqualTo("surat-" + number.replace('/', '-') + ".pdf");
        String attachedText = text(attached.bytes());
        keepForReading(attached.bytes(), "pemberitahuan-rekomendasi");
        assertThat(attachedText).contains("PEMERINTAH KOTA KUPANG", "Nomor : " + number,
                "Yth. Kepala Dinas Lingkungan Hidup dan Kebersihan Kota Kupang", "Penanda Tangan Uji",
                "NIP. 199001012020011001", "Kepala Badan Kepegawaian, Pendidikan dan Pelatihan Daerah Kota Kupang,",
                "Sifat : Rahasia", "Hal : Rekomendasi sanksi atas pelanggaran netralitas ASN")
                // the PDF is the letter for the archive: the head's one-time link stays in the e-mail
                .doesNotContain("tanda-terima");
        assertThat(Mails.text(mail)).contains("NIP. 199001012020011001", "tanda-terima");

        ExtractableResponse<Response> download = Callers.asOpdHead("DLHK")
                .when().get("/api/v1/notifications/{id}/letter.pdf", id).then().statusCode(200)
                .contentType("application/pdf").extract();
        assertThat(download.header("Content-Disposition")).contains(attached.fileName());
        assertThat(text(download.asByteArray())).isEqualTo(attachedText);
        Callers.as(Roles.AUDITOR).when().get("/api/v1/notifications/{id}/letter.pdf", id).then().statusCode(200);

        // another office's head may not read it, and an unknown notice is not there
        Callers.asOpdHead("DINSOS").when().get("/api/v1/notifications/{id}/letter.pdf", id).then().statusCode(404);
        Callers.as(Roles.ADMIN).when().get("/api/v1/notifications/{id}/letter.pdf", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");

        // the read is in the audit log like the other reads of a notice
        await().atMost(Notices.PATIENCE).until(() -> Callers.as(Roles.AUDITOR).queryParam("recordId", id)
                .when().get("/api/v1/audit").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.action == 'notification.letter-read' }").size() >= 2);
    }

    /**
     * The letter as a file and its first page as a picture, under target/letters: what a reviewer opens to see the
     * letter as the OPD head and the archive get it.
     */
    private static void keepForReading(byte[] pdf, String name) throws IOException {
        Path folder = Path.of("target", "letters");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name + ".pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 110), "png",
                    folder.resolve(name + ".png").toFile());
        }
    }

    /** The PDF's text as PDFBox reads it back, the runs of spaces of the fixed-width layout made one. */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("[ \\t]+", " ");
        }
    }
}

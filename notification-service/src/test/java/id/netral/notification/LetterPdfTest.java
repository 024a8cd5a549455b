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
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
                "NIP. 199001012020011001", "Sifat : Rahasia", "Hal : Rekomendasi sanksi atas pelanggaran netralitas ASN")
                // the PDF is the letter for the archive: the head's one-time link stays in the e-mail
                .doesNotContain("tanda-terima");
        // the signing position wraps within the right half of the page, where the signature block stands
        assertThat(attachedText.replace('\n', ' '))
                .contains("Kepala Badan Kepegawaian, Pendidikan dan Pelatihan Daerah Kota Kupang,");
        assertThat(Mails.text(mail)).contains("NIP. 199001012020011001", "tanda-terima");
        wrappedOnceToThePage(attachedText, Mails.text(mail));
        everyArticleCitedOnce(attachedText);

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
     * A paragraph is one line in the e-mail and wrapped once, to the page's width, in the PDF: no word stands alone on
     * a line but where the letter has it so ("Pegawai", "Tembusan:"), and a sentence of prose comes back on full lines.
     */
    private static void wrappedOnceToThePage(String pdfText, String mailText) {
        Set<String> mailLines = mailText.lines().map(String::strip).collect(Collectors.toSet());
        List<String> pdfLines = pdfText.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        assertThat(pdfLines).filteredOn(line -> !line.contains(" ")).allMatch(mailLines::contains,
                "a word alone on its line is alone in the letter's text too");

        String sentence = "Bersama ini kami sampaikan rancangan rekomendasi sanksi yang disusun Netral bagi Pejabat "
                + "Pembina Kepegawaian (PPK) atas pelanggaran netralitas pegawai dalam pemilu/pemilihan oleh pegawai di "
                + "lingkungan unit kerja Bapak/Ibu, dengan rincian sebagai berikut.";
        assertThat(mailLines).contains(sentence);
        int first = pdfLines.indexOf(pdfLines.stream().filter(line -> line.startsWith("Bersama ini")).findFirst()
                .orElseThrow());
        int last = first;
        while (!pdfLines.get(last).endsWith("sebagai berikut.")) {
            last++;
        }
        List<String> paragraph = pdfLines.subList(first, last + 1);
        assertThat(String.join(" ", paragraph)).isEqualTo(sentence);
        // every line but the last is full: about the page's width (~90 characters), not a remnant of a second wrap
        assertThat(paragraph.subList(0, paragraph.size() - 1)).allMatch(line -> line.length() > 70);
        assertThat(paragraph).hasSizeLessThanOrEqualTo(sentence.length() / 70 + 1);
    }

    /**
     * The legal basis cites each article of a regulation once: the catalogue's short form of an article the long form
     * already cites ("PP 94/2021 Pasal 5 huruf n") is left out, what it adds ("SKB 2022 baris D2") stays.
     */
    private static void everyArticleCitedOnce(String pdfText) {
        String basis = pdfText.substring(pdfText.indexOf("Dasar hukum"), pdfText.indexOf("Pertimbangan"));
        List<String> items = List.of(basis.replace('\n', ' ').split(" - "));
        Pattern regulation = Pattern.compile("(?:Peraturan Pemerintah Nomor (\\d+) Tahun (\\d{4})|PP (\\d+)/(\\d{4}))"
                + "[^,]*,? (Pasal \\d+(?: huruf [a-z])?)");
        List<String> cited = items.stream().map(regulation::matcher).filter(Matcher::find)
                .map(m -> (m.group(1) != null ? m.group(1) + "/" + m.group(2) : m.group(3) + "/" + m.group(4)) + " "
                        + m.group(5))
                .toList();
        assertThat(cited).contains("94/2021 Pasal 5 huruf n", "94/2021 Pasal 14").doesNotHaveDuplicates();
        assertThat(basis).contains("SKB 2022 baris D2").doesNotContain("PP 94/2021");
    }

    /** {@link #keepForReading(byte[], String)} for the letter a mail carries. */
    static void keepForReading(MimeMessage mail, String name) {
        try {
            keepForReading(Mails.attachment(mail).orElseThrow().bytes(), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /** The PDF's text as PDFBox reads it back, the runs of spaces between a label and its column made one. */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("[ \\t]+", " ");
        }
    }
}

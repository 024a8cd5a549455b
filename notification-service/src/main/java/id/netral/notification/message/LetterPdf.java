package id.netral.notification.message;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A letter as an A4 PDF for the archive, from the very text that was sent (PDFBox), typeset as a naskah dinas: the kop
 * surat centred in bold over a double rule, paragraphs in a proportional serif wrapped (and justified) to the page,
 * field blocks (Nomor, Sifat, Hal; Nama, NIP) in two aligned columns, lists with hanging indents, and the date line and
 * the signature block on the right half of the page. The text decides the structure (see {@link LetterTypesetter}), so
 * the e-mail and the PDF never say different things.
 */
public final class LetterPdf {

    private LetterPdf() {
    }

    /** The attachment's file name, from the letter number: "surat-800-001-BKPPD-XII-2026.pdf". */
    public static String fileName(String letterNumber) {
        return letterNumber == null ? "surat.pdf" : "surat-" + letterNumber.replaceAll("[^A-Za-z0-9]+", "-") + ".pdf";
    }

    /** @param title the letter's subject, kept as the document's title */
    public static byte[] render(String title, String body) {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("Netral, Sistem Pemantauan Netralitas ASN Kota Kupang");
            try (LetterPage page = new LetterPage(document)) {
                new LetterTypesetter(page).set(List.of(body.replace("\r\n", "\n").split("\n", -1)));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("a letter is always writable as PDF", e);
        }
    }
}

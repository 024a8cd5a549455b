package id.netral.notification.message;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A letter as an A4 PDF for the archive, from the very text that was sent (PDFBox): the kop surat (the lines above the
 * letterhead's rule) centred in bold with a double rule under it, then the letter as written, in a fixed-width font so
 * that its aligned fields (Nomor, Sifat, Lampiran, Hal) and the signature block stay as the text has them, wrapped and
 * carried over to new pages as needed.
 */
public final class LetterPdf {
    private static final float MARGIN = 56;
    private static final float BODY_SIZE = 9.5f;
    private static final float KOP_SIZE = 12;
    private static final float LEADING = 12.5f;
    /** Courier's glyphs are 0.6 em wide: the characters a line holds between the margins */
    private static final int COLUMNS = (int) ((PDRectangle.A4.getWidth() - 2 * MARGIN) / (0.6f * BODY_SIZE));

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
            List<String> lines = List.of(body.replace("\r\n", "\n").split("\n", -1));
            int rule = kopRule(lines);
            new Writer(document).write(lines.subList(0, Math.max(rule, 0)), wrap(lines.subList(rule + 1, lines.size())));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("a letter is always writable as PDF", e);
        }
    }

    /** The index of the letterhead's rule (a line of dashes) in the first lines; -1 when the letter has none. */
    private static int kopRule(List<String> lines) {
        for (int i = 0; i < Math.min(lines.size(), 6); i++) {
            if (lines.get(i).strip().matches("-{10,}")) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> wrap(List<String> lines) {
        List<String> wrapped = new ArrayList<>();
        for (String line : lines) {
            String rest = line.stripTrailing();
            while (rest.length() > COLUMNS) {
                int cut = rest.lastIndexOf(' ', COLUMNS);
                if (cut <= 0) {
                    cut = COLUMNS;
                }
                wrapped.add(rest.substring(0, cut));
                rest = "  " + rest.substring(cut).strip();
            }
            wrapped.add(rest);
        }
        return wrapped;
    }

    private static final class Writer {
        private final PDDocument document;
        private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private final PDType1Font mono = new PDType1Font(Standard14Fonts.FontName.COURIER);
        private PDPageContentStream content;
        private float y;

        Writer(PDDocument document) {
            this.document = document;
        }

        void write(List<String> kop, List<String> lines) throws IOException {
            newPage();
            float width = PDRectangle.A4.getWidth();
            for (String line : kop) {
                String text = printable(bold, line.strip());
                float textWidth = bold.getStringWidth(text) / 1000 * KOP_SIZE;
                text(bold, KOP_SIZE, (width - textWidth) / 2, text);
                y -= KOP_SIZE + 3;
            }
            if (!kop.isEmpty()) {
                content.setLineWidth(1.5f);
                content.moveTo(MARGIN, y + 4);
                content.lineTo(width - MARGIN, y + 4);
                content.stroke();
                content.setLineWidth(0.5f);
                content.moveTo(MARGIN, y + 1);
                content.lineTo(width - MARGIN, y + 1);
                content.stroke();
                y -= LEADING;
            }
            for (String line : lines) {
                if (y < MARGIN) {
                    content.close();
                    newPage();
                }
                text(mono, BODY_SIZE, MARGIN, printable(mono, line));
                y -= LEADING;
            }
            content.close();
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        private void text(PDType1Font font, float size, float x, String text) throws IOException {
            if (text.isEmpty()) {
                return;
            }
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(text);
            content.endText();
        }

        /** The standard fonts encode WinAnsi only: a character outside it is printed as '?', never dropped. */
        private static String printable(PDType1Font font, String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(c -> {
                String ch = new String(Character.toChars(c == '\t' ? ' ' : c));
                try {
                    font.encode(ch);
                    out.append(ch);
                } catch (IOException | IllegalArgumentException e) {
                    out.append('?');
                }
            });
            return out.toString();
        }
    }
}

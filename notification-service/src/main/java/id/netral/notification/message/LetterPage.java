package id.netral.notification.message;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The pages of a letter being written: A4 with the margins of a naskah dinas, numbered from the second page, a cursor
 * going down line by line and over to a new page when the next lines do not fit. Measures text in its fonts, so that
 * callers wrap by width.
 */
final class LetterPage implements AutoCloseable {
    static final float SIZE = 12;
    static final float LEADING = 14.5f;
    private static final float LEFT = 71;
    private static final float RIGHT = 57;
    private static final float TOP = 57;
    private static final float BOTTOM = 57;

    private static final Pattern BOUND_TO_NEXT = Pattern.compile("(?:^|\\s)(Pasal|ayat|huruf|angka|Nomor|Tahun)$",
            Pattern.CASE_INSENSITIVE);

    final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    private final PDDocument document;
    private PDPageContentStream content;
    private float y;

    LetterPage(PDDocument document) throws IOException {
        this.document = document;
        newPage();
    }

    float left() {
        return LEFT;
    }

    float right() {
        return PDRectangle.A4.getWidth() - RIGHT;
    }

    /** Where the date line and the signature block start: the right half of the text area. */
    float rightHalf() {
        return (left() + right()) / 2 + 20;
    }

    /** Goes to a new page unless {@code height} more points fit on this one. */
    void keep(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - TOP - SIZE;
        int number = document.getNumberOfPages();
        if (number > 1) {
            // a naskah dinas numbers its pages from the second, centred at the top
            String mark = "- " + number + " -";
            draw(regular, SIZE, (left() + right() - width(regular, mark)) / 2, mark, 0);
            y -= 2 * LEADING;
        }
    }

    void down(float points) {
        y -= points;
    }

    float remaining() {
        return y - BOTTOM;
    }

    /** Text on the cursor's line at {@code x}, the cursor staying there; {@code stretch} widens each space. */
    void draw(PDType1Font font, float size, float x, String text, float stretch) throws IOException {
        keep(0);
        if (!text.isEmpty()) {
            content.beginText();
            content.setFont(font, size);
            content.setWordSpacing(stretch);
            content.newLineAtOffset(x, y);
            content.showText(text);
            content.endText();
        }
    }

    void draw(PDType1Font font, float x, String text) throws IOException {
        draw(font, SIZE, x, text, 0);
    }

    void nextLine() {
        y -= LEADING;
    }

    /** A rule across the text area at the cursor; {@code doubled} gives the kop surat's thick-and-thin rule. */
    void rule(boolean doubled) throws IOException {
        float at = y + SIZE - 4;
        content.setLineWidth(doubled ? 1.8f : 0.5f);
        content.moveTo(left(), at);
        content.lineTo(right(), at);
        content.stroke();
        if (doubled) {
            content.setLineWidth(0.6f);
            content.moveTo(left(), at - 3);
            content.lineTo(right(), at - 3);
            content.stroke();
        }
        y -= doubled ? LEADING : LEADING * 0.8f;
    }

    float width(PDType1Font font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    float width(PDType1Font font, String text) throws IOException {
        return width(font, SIZE, text);
    }

    /**
     * The text cut into lines no wider than {@code width}, at spaces; a word wider than a line (a long link) is cut
     * where the line ends. A last line of one word takes the word before it along, so that no word stands alone under
     * a paragraph. The text must be {@link #printable}.
     */
    List<String> wrap(PDType1Font font, String text, float width) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String word : words(text)) {
            if (width(font, String.join(" ", current) + " " + word) <= width || current.isEmpty()
                    && width(font, word) <= width) {
                current.add(word);
                continue;
            }
            if (!current.isEmpty()) {
                lines.add(current);
                current = new ArrayList<>();
            }
            String rest = word;
            while (width(font, rest) > width) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(font, rest.substring(0, cut)) > width) {
                    cut--;
                }
                lines.add(List.of(rest.substring(0, cut)));
                rest = rest.substring(cut);
            }
            current.add(rest);
        }
        lines.add(current);
        int last = lines.size() - 1;
        if (last > 0 && current.size() == 1 && lines.get(last - 1).size() > 2) {
            List<String> before = lines.get(last - 1);
            String carried = before.get(before.size() - 1);
            if (width(font, carried + " " + current.get(0)) <= width) {
                lines.set(last - 1, before.subList(0, before.size() - 1));
                lines.set(last, List.of(carried, current.get(0)));
            }
        }
        return lines.stream().map(line -> String.join(" ", line)).toList();
    }

    /**
     * The text's words, a citation's keyword bound to its number as one ("Pasal 5", "ayat (1)", "Nomor 94") and a
     * number to its unit ("12 bulan"), a date to its year ("8 November 2024"): a line that ends in "Pasal" with the
     * article on the next is hard to read in a legal text.
     */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.strip().split(" +")) {
            int last = words.size() - 1;
            boolean bound = last >= 0 && (BOUND_TO_NEXT.matcher(words.get(last)).find() && word.length() <= 4
                    || words.get(last).matches(".*(^|\\s)\\d{1,2}") && word.matches("\\p{L}+\\p{P}?")
                    || words.get(last).matches("\\d{1,2} \\p{L}+") && word.matches("\\d{4}\\p{P}?"));
            if (bound) {
                words.set(last, words.get(last) + " " + word);
            } else {
                words.add(word);
            }
        }
        return words;
    }

    /** The standard fonts encode WinAnsi only: a character outside it is printed as '?', never dropped. */
    String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c >= ' ' && c <= '~') {
                // printable ASCII is in WinAnsi: asking the fonts for each character was a quarter of a letter's PDF
                out.append((char) c);
                return;
            }
            String ch = new String(Character.toChars(c == '\t' ? ' ' : c));
            try {
                regular.encode(ch);
                bold.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    @Override
    public void close() throws IOException {
        content.close();
    }
}

package id.netral.notification.message;

import org.apache.pdfbox.pdmodel.font.PDType1Font;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a letter's plain text for its structure and sets each part on the page, measured in the font it is set in:
 * <ul>
 * <li>the kop surat: up to three upper-case lines over a rule of dashes, centred in bold over a double rule;</li>
 * <li>a paragraph: one line of the text, wrapped to the text width and justified;</li>
 * <li>a field, "Label : value" (a space before the colon: "Pasal 5 huruf n: larangan" is prose): the labels of a
 * block (lines between blank lines) at one indentation share one value column, set at the widest label, the value
 * wrapped under itself;</li>
 * <li>a list item, "- item" or "1. item": the text hanging from its marker; items under a field with no value
 * ("Sanksi yang dapat dijatuhkan :") hang in that field's value column;</li>
 * <li>leading spaces: two per indentation level;</li>
 * <li>a line indented ten spaces or more (the date line), and the signature block (a line ending in a comma, two
 * empty lines for the signature, the name in bold, then NIP and notes up to the next empty line): on the right half,
 * the signature block kept on one page;</li>
 * <li>a rule of dashes: a thin rule; a text framed by two (the heading of a quoted earlier letter) starts a page.</li>
 * </ul>
 */
final class LetterTypesetter {
    private static final Pattern RULE = Pattern.compile("\\s*-{10,}\\s*");
    private static final Pattern FIELD = Pattern.compile("( *)([^:]*?\\S) +:(?: +(.*))?");
    private static final Pattern ITEM = Pattern.compile("( *)(-|\\d{1,2}\\.) +(.*)");
    private static final int RIGHT_HALF_SPACES = 10;
    /** Points of indentation per leading space (two spaces a level) */
    private static final float SPACE_INDENT = 9;
    private static final float HANG = 16;
    private static final float KOP_SIZE = 14;
    private static final float COLUMN_GAP = 6;
    /** A label wider than this share of the text width would squeeze its value: that field is set as prose */
    private static final float WIDEST_LABEL = 0.45f;
    /** Justifying a line wider than this per space would leave holes: such a line is set left-aligned */
    private static final float MOST_STRETCH = 6;

    private final LetterPage page;
    private List<String> lines;
    /** The value column of the fields of the current block, by their indentation in spaces */
    private Map<Integer, Float> columns = Map.of();
    private int blockEnd = -1;
    /** Where items under a field without a value hang; NaN outside such a list */
    private float listColumn = Float.NaN;

    LetterTypesetter(LetterPage page) {
        this.page = page;
    }

    void set(List<String> text) throws IOException {
        lines = text.stream().map(line -> page.printable(line.replace('\t', ' ').stripTrailing())).toList();
        int i = 0;
        while (i < lines.size()) {
            i = setAt(i);
        }
    }

    /** Sets the part starting at line {@code i}; the index of the line after it. */
    private int setAt(int i) throws IOException {
        String line = lines.get(i);
        if (line.isBlank()) {
            page.down(LetterPage.LEADING * 0.7f);
            listColumn = Float.NaN;
            return i + 1;
        }
        int kopRule = kopRule(i);
        if (kopRule > 0) {
            kop(lines.subList(i, kopRule));
            return kopRule + 1;
        }
        if (RULE.matcher(line).matches()) {
            if (i + 2 < lines.size() && RULE.matcher(lines.get(i + 2)).matches()) {
                page.newPage();
            }
            page.rule(false);
            return i + 1;
        }
        if (spaces(line) >= RIGHT_HALF_SPACES) {
            rightHalf(page.regular, line);
            return i + 1;
        }
        if (signatureAt(i)) {
            return signature(i);
        }
        if (i >= blockEnd) {
            block(i);
        }
        Matcher item = ITEM.matcher(line);
        if (item.matches()) {
            // in a value column the line is too short to justify without holes
            boolean inColumn = !Float.isNaN(listColumn);
            float x = inColumn ? listColumn : indent(line);
            page.keep(0);
            page.draw(page.regular, x, item.group(2));
            float text = x + HANG;
            lines(page.regular, text, page.wrap(page.regular, item.group(3), page.right() - text), !inColumn);
            return i + 1;
        }
        listColumn = Float.NaN;
        Matcher field = FIELD.matcher(line);
        Float column = field.matches() ? columns.get(field.group(1).length()) : null;
        if (column != null && page.width(page.regular, field.group(2)) <= column) {
            field(indent(line), field.group(2), field.group(3) == null ? "" : field.group(3), column);
        } else if (heading(i)) {
            prose(page.bold, indent(line), line.strip());
        } else {
            prose(page.regular, indent(line), line.strip());
        }
        return i + 1;
    }

    /** The index of the rule under a kop surat starting at {@code i}; -1 when no kop starts there. */
    private int kopRule(int i) {
        for (int k = i; k < Math.min(lines.size(), i + 4); k++) {
            String line = lines.get(k);
            if (RULE.matcher(line).matches()) {
                return k > i ? k : -1;
            }
            if (line.isBlank() || !line.equals(line.toUpperCase()) || line.chars().noneMatch(Character::isLetter)) {
                return -1;
            }
        }
        return -1;
    }

    private void kop(List<String> kop) throws IOException {
        page.keep(kop.size() * (KOP_SIZE + 3) + 4 * LetterPage.LEADING);
        for (String line : kop) {
            String text = line.strip();
            float x = (page.left() + page.right() - page.width(page.bold, KOP_SIZE, text)) / 2;
            page.draw(page.bold, KOP_SIZE, x, text, 0);
            page.down(KOP_SIZE + 3);
        }
        page.rule(true);
    }

    /** The value columns of the fields in the block of lines starting at {@code start}, up to an empty line. */
    private void block(int start) throws IOException {
        Map<Integer, Float> widest = new HashMap<>();
        int end = start;
        for (; end < lines.size() && !lines.get(end).isBlank(); end++) {
            Matcher field = FIELD.matcher(lines.get(end));
            if (field.matches() && !ITEM.matcher(lines.get(end)).matches()) {
                float width = page.width(page.regular, field.group(2));
                if (width <= WIDEST_LABEL * (page.right() - page.left())) {
                    widest.merge(field.group(1).length(), width, Math::max);
                }
            }
        }
        columns = widest;
        blockEnd = end;
    }

    private void field(float x, String label, String value, float column) throws IOException {
        page.keep(0);
        page.draw(page.regular, x, label);
        float colon = x + column + COLUMN_GAP;
        page.draw(page.regular, colon, ":");
        float valueX = colon + page.width(page.regular, ": ");
        if (value.isBlank()) {
            listColumn = valueX;
            page.nextLine();
        } else {
            lines(page.regular, valueX, page.wrap(page.regular, value, page.right() - valueX), false);
        }
    }

    /** A line with no colon or stop, at the margin, over indented lines: the title of what follows. */
    private boolean heading(int i) {
        String line = lines.get(i);
        return spaces(line) == 0 && !line.matches(".*[.,:;]") && i + 1 < lines.size()
                && !lines.get(i + 1).isBlank() && spaces(lines.get(i + 1)) > 0;
    }

    private boolean signatureAt(int i) {
        return lines.get(i).endsWith(",") && i + 3 < lines.size() && lines.get(i + 1).isBlank()
                && lines.get(i + 2).isBlank() && !lines.get(i + 3).isBlank();
    }

    /** The signature block on the right half, kept on one page: position, room to sign, name in bold, NIP, notes. */
    private int signature(int i) throws IOException {
        int end = i + 3;
        while (end < lines.size() && !lines.get(end).isBlank()) {
            end++;
        }
        float width = page.right() - page.rightHalf();
        int rows = page.wrap(page.regular, lines.get(i).strip(), width).size() + 3;
        for (String line : lines.subList(i + 3, end)) {
            rows += page.wrap(page.regular, line.strip(), width).size();
        }
        page.keep(rows * LetterPage.LEADING);
        rightHalf(page.regular, lines.get(i));
        page.down(3 * LetterPage.LEADING);
        rightHalf(page.bold, lines.get(i + 3));
        for (String line : lines.subList(i + 4, end)) {
            rightHalf(page.regular, line);
        }
        return end;
    }

    private void rightHalf(PDType1Font font, String line) throws IOException {
        lines(font, page.rightHalf(), page.wrap(font, line.strip(), page.right() - page.rightHalf()), false);
    }

    /** A paragraph from {@code x} to the right margin, justified but for its last line. */
    private void prose(PDType1Font font, float x, String text) throws IOException {
        lines(font, x, page.wrap(font, text, page.right() - x), true);
    }

    private void lines(PDType1Font font, float x, List<String> wrapped, boolean justified) throws IOException {
        for (int k = 0; k < wrapped.size(); k++) {
            String line = wrapped.get(k);
            long spaces = line.chars().filter(c -> c == ' ').count();
            float stretch = 0;
            if (justified && k < wrapped.size() - 1 && spaces > 0) {
                stretch = (page.right() - x - page.width(font, line)) / spaces;
                stretch = stretch > MOST_STRETCH ? 0 : stretch;
            }
            page.draw(font, LetterPage.SIZE, x, line, stretch);
            page.nextLine();
        }
    }

    private float indent(String line) {
        return page.left() + spaces(line) * SPACE_INDENT;
    }

    private static int spaces(String line) {
        int count = 0;
        while (count < line.length() && line.charAt(count) == ' ') {
            count++;
        }
        return count;
    }
}

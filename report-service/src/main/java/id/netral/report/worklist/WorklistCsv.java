package id.netral.report.worklist;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The work list as CSV (RFC 4180) that Excel set to Indonesian opens in columns: there the comma is the decimal
 * separator, so Excel's list separator is the semicolon; a UTF-8 byte order mark makes it read the names' letters as
 * UTF-8 rather than the Windows code page. (A "sep=;" first line would fix the separator for every locale, but Excel
 * then ignores the byte order mark.) Days and times are ISO, which Excel reads as dates in any locale.
 */
public final class WorklistCsv {
    public static final String MEDIA_TYPE = "text/csv";
    static final String BYTE_ORDER_MARK = "\uFEFF";
    static final char SEPARATOR = ';';

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private WorklistCsv() {
    }

    public static String of(WorklistSheet.Table table) {
        StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK).append(line(table.headers()));
        table.rows().forEach(row -> csv.append(line(row)));
        return csv.toString();
    }

    private static String line(List<?> cells) {
        return cells.stream().map(cell -> cell == null ? "" : field(text(cell)))
                .collect(Collectors.joining(String.valueOf(SEPARATOR), "", "\r\n"));
    }

    private static String text(Object cell) {
        if (cell instanceof LocalDateTime moment) {
            return MINUTE.format(moment);
        }
        if (cell instanceof LocalDate day) {
            return day.toString();
        }
        if (cell instanceof WorklistSheet.EmployeeId id) {
            return grouped(id.digits());
        }
        return cell.toString();
    }

    /**
     * Excel reads 18 bare digits as a number and keeps only 15 of them: a NIP is written as it is on letters and
     * decrees (birth date, appointment, sex digit, sequence: 19850101 201001 1 001), which stays text.
     */
    static String grouped(String digits) {
        return digits.matches("\\d{18}") ? digits.substring(0, 8) + " " + digits.substring(8, 14) + " "
                + digits.charAt(14) + " " + digits.substring(15) : digits;
    }

    static String field(String value) {
        String safe = Formulas.readAsFormula(value) ? "'" + value : value;
        // (?s): a value of several lines must be quoted too, or its second line would start a row
        return safe.matches("(?s).*[\"" + SEPARATOR + "\r\n].*") || !safe.equals(value)
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}

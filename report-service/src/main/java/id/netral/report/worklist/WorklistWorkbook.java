package id.netral.report.worklist;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The work list as an Excel workbook (XLSX) with typed cells: the row number a number, days and Kupang times date
 * cells in the long Indonesian form, everything people typed a text cell. No cell is ever a formula; a text that
 * looks like one is also marked quote-prefixed, so that Excel keeps it text when someone edits the cell.
 */
public final class WorklistWorkbook {
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // [$-421]: Indonesian month names whatever the reader's own Excel language
    static final String DAY_FORMAT = "[$-421]d mmmm yyyy";
    static final String MOMENT_FORMAT = "[$-421]d mmmm yyyy hh:mm";
    private static final String SHEET_NAME = "Daftar laporan";
    /** Widths in characters: wide enough for a name or a date, narrow enough that an SKB act does not fill a screen */
    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 60;
    /** Rows kept in memory while writing; older ones go to a compressed temporary file (under /tmp in the pod). */
    private static final int ROWS_IN_MEMORY = 200;

    private WorklistWorkbook() {
    }

    public static byte[] of(WorklistSheet.Table table) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            workbook.setCompressTempFiles(true);
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(SHEET_NAME);
            Row header = sheet.createRow(0);
            for (int column = 0; column < table.headers().size(); column++) {
                Cell cell = header.createCell(column);
                cell.setCellValue(table.headers().get(column));
                cell.setCellStyle(styles.header);
            }
            int[] widths = table.headers().stream().mapToInt(String::length).toArray();
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(sheet.getLastRowNum() + 1);
                for (int column = 0; column < values.size(); column++) {
                    Object value = values.get(column);
                    if (value != null) {
                        widths[column] = Math.max(widths[column], write(row.createCell(column), value, styles));
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(sheet.getLastRowNum(), 1), 0,
                    table.headers().size() - 1));
            for (int column = 0; column < widths.length; column++) {
                // computed rather than autoSizeColumn, which measures with AWT fonts a server image may not have
                sheet.setColumnWidth(column, (Math.min(Math.max(widths[column], MIN_WIDTH), MAX_WIDTH) + 2) * 256);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the work list as XLSX", e);
        }
    }

    /** Writes the value as a cell of its own type; answers how many characters wide it shows. */
    private static int write(Cell cell, Object value, Styles styles) {
        if (value instanceof Integer number) {
            cell.setCellValue(number);
            return number.toString().length();
        }
        if (value instanceof LocalDateTime moment) {
            cell.setCellValue(moment);
            cell.setCellStyle(styles.moment);
            return "30 September 2024 23:59".length();
        }
        if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(styles.day);
            return "30 September 2024".length();
        }
        String text = value instanceof WorklistSheet.EmployeeId id ? id.digits() : value.toString();
        cell.setCellValue(text);
        if (Formulas.readAsFormula(text)) {
            cell.setCellStyle(styles.quoted);
        }
        return text.lines().mapToInt(String::length).max().orElse(0);
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle day;
        final CellStyle moment;
        final CellStyle quoted;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            day = workbook.createCellStyle();
            day.setDataFormat(workbook.createDataFormat().getFormat(DAY_FORMAT));
            moment = workbook.createCellStyle();
            moment.setDataFormat(workbook.createDataFormat().getFormat(MOMENT_FORMAT));
            quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
        }
    }
}

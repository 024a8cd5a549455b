package id.netral.report.worklist;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WorklistCsvTest {
    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1", "-1+1", "@SUM(A1)", "\n=1+1", " \r\n@SUM(A1)",
            "\t=1", "\tYohanes", "\rYohanes", "   -2"})
    void everyCellASpreadsheetWouldReadAsAFormulaIsQuotedText(String value) {
        assertThat(WorklistCsv.field(value)).isEqualTo("\"'" + value.replace("\"", "\"\"") + "\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Yohanes Bria", "DISPERKIM", "2024-10-01", "a=b", "Bria, Yohanes"})
    void ordinaryTextStaysAsItIs(String value) {
        assertThat(WorklistCsv.field(value)).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"baris satu\nbaris dua\r\nbaris tiga", "a;b"})
    void aValueOfSeveralLinesOrWithASemicolonIsQuoted(String value) {
        assertThat(WorklistCsv.field(value)).isEqualTo("\"" + value + "\"");
    }

    @Test
    void aNipIsWrittenInItsGroupsSoThatExcelKeepsAllItsDigits() {
        assertThat(WorklistCsv.grouped("198609262015051001")).isEqualTo("19860926 201505 1 001");
        assertThat(WorklistCsv.grouped("12345")).isEqualTo("12345");
    }

    @Test
    void whatIsWrittenIsReadBackByACsvReaderCellForCell() {
        List<Object> awkward = Arrays.asList(1, "Bria; \"Yo\"\r\nbaris dua\nbaris tiga", "=1+1", null,
                LocalDate.of(2024, 10, 1), LocalDateTime.of(2024, 10, 1, 9, 5, 30),
                new WorklistSheet.EmployeeId("198609262015051001"), "Oebufu");
        String csv = WorklistCsv.of(new WorklistSheet.Table(List.of("No.", "Nama; alias", "Rumus", "Kosong",
                "Hari", "Waktu", "NIP", "Kelurahan"), List.of(awkward)));

        assertThat(csv).startsWith(WorklistCsv.BYTE_ORDER_MARK + "No.;\"Nama; alias\";Rumus;").endsWith("\r\n");
        assertThat(CsvReader.rows(csv.substring(1))).containsExactly(
                List.of("No.", "Nama; alias", "Rumus", "Kosong", "Hari", "Waktu", "NIP", "Kelurahan"),
                List.of("1", "Bria; \"Yo\"\r\nbaris dua\nbaris tiga", "'=1+1", "", "2024-10-01", "2024-10-01 09:05",
                        "19860926 201505 1 001", "Oebufu"));
    }
}

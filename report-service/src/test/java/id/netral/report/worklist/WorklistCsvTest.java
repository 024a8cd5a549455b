package id.netral.report.worklist;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class WorklistCsvTest {
    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1", "-1+1", "@SUM(A1)", "\n=1+1", " \r\n@SUM(A1)",
            "\t=1", "\tYohanes", "\rYohanes", "   -2"})
    void everyCellASpreadsheetWouldReadAsAFormulaIsQuotedText(String value) {
        assertThat(WorklistCsv.field(value)).isEqualTo("\"'" + value.replace("\"", "\"\"") + "\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Yohanes Bria", "DISPERKIM", "2024-10-01", "a=b"})
    void ordinaryTextStaysAsItIs(String value) {
        assertThat(WorklistCsv.field(value)).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"baris satu\nbaris dua\nbaris tiga", "a,b"})
    void aValueOfSeveralLinesOrWithACommaIsQuoted(String value) {
        assertThat(WorklistCsv.field(value)).isEqualTo("\"" + value + "\"");
    }
}

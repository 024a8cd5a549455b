package id.netral.report.worklist;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/** Reads an export back the way a spreadsheet does: semicolons between cells, RFC 4180 quoting. */
public final class CsvReader {
    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    private CsvReader() {
    }

    /** @param csv the text after the byte order mark */
    public static List<List<String>> rows(String csv) {
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(';').withQuoteChar('"');
        try (MappingIterator<String[]> rows = MAPPER.readerFor(String[].class).with(schema).readValues(csv)) {
            return rows.readAll().stream().map(Arrays::asList).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package id.netral.report.worklist;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * POI logs through log4j-api. Its lines must reach the service's log manager (its format, levels and JSON output),
 * not log4j-api's fallback that prints to stderr, nor the log4j-core that the tests' Kafka broker brings along.
 */
class WorkbookLoggingTest {
    @Test
    void poisLogLinesReachTheServicesLogManager() {
        List<String> seen = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                seen.add(record.getLoggerName() + ": " + record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger poi = Logger.getLogger("org.apache.poi");
        poi.addHandler(handler);
        try {
            org.apache.logging.log4j.LogManager.getLogger("org.apache.poi.xssf.streaming.SXSSFWorkbook")
                    .warn("uji jalur log");
        } finally {
            poi.removeHandler(handler);
        }
        assertThat(seen).contains("org.apache.poi.xssf.streaming.SXSSFWorkbook: uji jalur log");
    }
}

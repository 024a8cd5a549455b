package id.netral.console.dashboard;

import id.netral.console.words.Words;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cases over time as columns, one per day of the act, or per month when the cases span more than a few weeks; days and
 * months without a case are drawn as empty columns, so the gaps show. Each column carries its number.
 */
public record ColumnChart(String title, String description, String unitWords, List<Column> columns) {
    static final int WIDTH = 640;
    static final int PLOT_TOP = 24;
    static final int PLOT_HEIGHT = 160;
    static final int AXIS = PLOT_TOP + PLOT_HEIGHT;
    /** more days than this, and the chart counts months */
    static final int MOST_DAYS = 45;
    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", INDONESIAN);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yyyy", INDONESIAN);
    private static final DateTimeFormatter LONG_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", INDONESIAN);

    /**
     * @param label     the day or month in full, for the table
     * @param tick      the short label under the column, empty where columns are too many to label each
     */
    public record Column(String label, String tick, long count, int x, int width, int y, int height) {
        public int middle() {
            return x + width / 2;
        }

        public int countY() {
            return y - 5;
        }

        public int tickY() {
            return AXIS + 18;
        }
    }

    /** @param byDay cases by the day of the act, as the recap's keys (YYYY-MM-DD) say; other keys are left out */
    static ColumnChart of(Map<String, Long> byDay) {
        TreeMap<LocalDate, Long> days = new TreeMap<>();
        byDay.forEach((key, count) -> {
            try {
                days.merge(LocalDate.parse(key), count, Long::sum);
            } catch (DateTimeParseException e) {
                // a case without a day of the act has no place on a time axis; the totals still count it
            }
        });
        if (days.isEmpty()) {
            return new ColumnChart("Kasus menurut tanggal kejadian", "Belum ada kasus.", "hari", List.of());
        }
        LocalDate first = days.firstKey();
        LocalDate last = days.lastKey();
        List<String[]> labels = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        boolean byMonth = first.plusDays(MOST_DAYS).isBefore(last);
        if (byMonth) {
            for (YearMonth month = YearMonth.from(first); !month.isAfter(YearMonth.from(last)); month = month.plusMonths(1)) {
                YearMonth current = month;
                counts.add(days.entrySet().stream().filter(e -> YearMonth.from(e.getKey()).equals(current))
                        .mapToLong(Map.Entry::getValue).sum());
                labels.add(new String[]{LONG_MONTH.format(month), SHORT_MONTH.format(month)});
            }
        } else {
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                counts.add(days.getOrDefault(day, 0L));
                labels.add(new String[]{Words.date(day), SHORT_DAY.format(day)});
            }
        }
        long most = counts.stream().mapToLong(Long::longValue).max().orElse(1);
        int slot = WIDTH / Math.max(counts.size(), 1);
        int width = Math.max(4, Math.min(80, slot - 6));
        int tickEvery = Math.max(1, (int) Math.ceil(counts.size() / 8.0));
        List<Column> columns = new ArrayList<>();
        StringBuilder sentence = new StringBuilder();
        for (int i = 0; i < counts.size(); i++) {
            long count = counts.get(i);
            int height = (int) (count * PLOT_HEIGHT / most);
            boolean ticked = i % tickEvery == 0 || i == counts.size() - 1;
            columns.add(new Column(labels.get(i)[0], ticked ? labels.get(i)[1] : "", count,
                    i * slot + (slot - width) / 2, width, AXIS - height, height));
            if (count > 0) {
                sentence.append(sentence.isEmpty() ? "" : "; ").append(labels.get(i)[0]).append(": ").append(count);
            }
        }
        return new ColumnChart(byMonth ? "Kasus per bulan kejadian" : "Kasus per hari kejadian",
                sentence + ".", byMonth ? "bulan" : "hari", List.copyOf(columns));
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return AXIS + 28;
    }

    public int axisY() {
        return AXIS;
    }

    public boolean isEmpty() {
        return columns.isEmpty();
    }

    /** Only the columns with a case, for the table. */
    public List<Column> withCases() {
        return columns.stream().filter(c -> c.count() > 0).toList();
    }
}

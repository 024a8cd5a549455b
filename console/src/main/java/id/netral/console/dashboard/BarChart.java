package id.netral.console.dashboard;

import java.util.List;

/**
 * A horizontal bar chart drawn as SVG by the page: each bar's label sits above it and its number beside it, so the
 * picture never speaks by length or colour alone. The geometry is worked out here, the template only places it.
 *
 * @param title       what the chart shows, the SVG's {@code <title>} and the table's caption
 * @param description the numbers in one sentence, the SVG's {@code <desc>} for screen readers
 */
public record BarChart(String id, String title, String description, List<Bar> bars) {
    /** The drawing's width in SVG units; it scales to the page. */
    public static final int WIDTH = 640;
    static final int ROW = 46;
    static final int BAR_START = 0;
    /** room right of the longest bar for its number */
    static final int BAR_SPACE = WIDTH - 80;
    private static final int LABEL_CHARACTERS = 78;

    /**
     * @param label words as people read them (never a code)
     * @param share the bar's part of the whole, in percent, for the table (empty when there is no whole)
     */
    public record Bar(String label, long count, String share, int y, int width) {
        /** The label as the drawing shows it: long SKB rows are cut, the table and the tooltip keep them whole. */
        public String shortLabel() {
            return label.length() <= LABEL_CHARACTERS ? label : label.substring(0, LABEL_CHARACTERS - 1).strip() + "…";
        }

        public int labelY() {
            return y + 15;
        }

        public int barY() {
            return y + 22;
        }

        public int countX() {
            return BAR_START + width + 8;
        }

        public int countY() {
            return y + 36;
        }
    }

    /** One labelled count before it is drawn. */
    public record Count(String label, long count) {
    }

    /**
     * @param whole what the shares are parts of (the cases reported), 0 for none
     */
    static BarChart of(String id, String title, String unit, List<Count> counts, long whole) {
        long most = counts.stream().mapToLong(Count::count).max().orElse(0);
        List<Bar> bars = new java.util.ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            Count count = counts.get(i);
            int width = most == 0 ? 0 : (int) Math.max(count.count() > 0 ? 2 : 0, count.count() * BAR_SPACE / most);
            bars.add(new Bar(count.label(), count.count(), whole == 0 ? "" : Numbers.percent(count.count(), whole),
                    i * ROW, width));
        }
        String description = counts.isEmpty() ? "Belum ada " + unit + "."
                : counts.stream().map(c -> c.label() + ": " + c.count())
                .collect(java.util.stream.Collectors.joining("; ")) + ".";
        return new BarChart(id, title, description, List.copyOf(bars));
    }

    public int height() {
        return Math.max(ROW, bars.size() * ROW);
    }

    public int width() {
        return WIDTH;
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }
}

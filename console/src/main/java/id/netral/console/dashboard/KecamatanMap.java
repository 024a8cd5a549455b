package id.netral.console.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Kota Kupang's six kecamatan as a schematic tile map: one tile each, placed roughly where the kecamatan lies (the
 * bay to the north, Alak to the west, Maulafa to the south), coloured by its cases and carrying the number itself, so
 * that colour is never the only clue. Boundary data cannot be had offline, and tiles print and read better anyway.
 */
public record KecamatanMap(List<Tile> tiles, List<Shade> legend, String description) {
    static final int TILE = 150;
    static final int GAP = 10;
    static final int TOP = 34;

    /** Where each kecamatan's tile goes, in tiles from the top left, by its Kemendagri code. */
    private static final Map<String, double[]> PLACES = Map.of(
            "53.71.01", new double[]{0, 0.5},   // Alak: the west, along the bay and the port
            "53.71.06", new double[]{1, 0},     // Kota Lama: the old town on the bay
            "53.71.03", new double[]{2, 0},     // Kelapa Lima: the east of the bay
            "53.71.05", new double[]{1, 1},     // Kota Raja: south of the old town
            "53.71.04", new double[]{2, 1},     // Oebobo: the middle east
            "53.71.02", new double[]{1.5, 2});  // Maulafa: the south

    /** The shades, lightest for the fewest cases; dark text on light tiles, white on the darkest (AA contrast). */
    static final Shade NONE = new Shade("tile-0", "#f1f3f5", "#1b1b1b", "Tidak ada kasus");
    private static final String[][] SCALE = {
            {"tile-1", "#fde4cf", "#1b1b1b"},
            {"tile-2", "#f4a261", "#1b1b1b"},
            {"tile-3", "#9c2f06", "#ffffff"}};

    public record Tile(String code, String name, long count, int x, int y, String fill, String ink, String shade) {
        public int size() {
            return TILE;
        }

        public int middle() {
            return x + TILE / 2;
        }

        public int nameY() {
            return y + 42;
        }

        public int countY() {
            return y + 98;
        }

        public int unitY() {
            return y + 124;
        }
    }

    /** One entry of the legend: a shade and the counts it stands for. */
    public record Shade(String name, String fill, String ink, String words) {
    }

    /** @param kecamatan Kemendagri code to name, in the city's order; counts by code */
    static KecamatanMap of(Map<String, String> kecamatan, Map<String, Long> counts) {
        long most = counts.entrySet().stream().filter(e -> kecamatan.containsKey(e.getKey()))
                .mapToLong(Map.Entry::getValue).max().orElse(0);
        List<Tile> tiles = new ArrayList<>();
        List<String> sentence = new ArrayList<>();
        kecamatan.forEach((code, name) -> {
            long count = counts.getOrDefault(code, 0L);
            double[] place = PLACES.get(code);
            Shade shade = shade(count, most);
            tiles.add(new Tile(code, name, count, (int) Math.round(place[0] * (TILE + GAP)),
                    TOP + (int) Math.round(place[1] * (TILE + GAP)), shade.fill(), shade.ink(), shade.words()));
            sentence.add(name + " " + count + " kasus");
        });
        return new KecamatanMap(List.copyOf(tiles), legend(most),
                "Peta skematis enam kecamatan Kota Kupang menurut jumlah kasus: " + String.join(", ", sentence) + ".");
    }

    /** Which third of the largest count a count falls in: 1 to 3, 0 for none. */
    static int third(long count, long most) {
        return count == 0 || most == 0 ? 0 : (int) Math.min(3, (3 * count + most - 1) / most);
    }

    private static Shade shade(long count, long most) {
        int third = third(count, most);
        return third == 0 ? NONE : shadeOf(third, wordsOf(third, most));
    }

    private static Shade shadeOf(int third, String words) {
        String[] colours = SCALE[third - 1];
        return new Shade(colours[0], colours[1], colours[2], words);
    }

    /** The shades in use, each with the counts it stands for ("1 kasus", "2–3 kasus"). */
    private static List<Shade> legend(long most) {
        List<Shade> legend = new ArrayList<>();
        legend.add(NONE);
        for (int third = 1; third <= 3; third++) {
            String words = wordsOf(third, most);
            if (words != null) {
                legend.add(shadeOf(third, words));
            }
        }
        return List.copyOf(legend);
    }

    private static String wordsOf(int third, long most) {
        long low = 0;
        long high = 0;
        for (long count = 1; count <= most; count++) {
            if (third(count, most) == third) {
                low = low == 0 ? count : low;
                high = count;
            }
        }
        if (low == 0) {
            return null;
        }
        return (low == high ? String.valueOf(low) : low + "–" + high) + " kasus";
    }

    public int width() {
        return 3 * TILE + 2 * GAP;
    }

    public int height() {
        return TOP + 3 * TILE + 2 * GAP;
    }

    public int bayX() {
        return width() / 2;
    }
}

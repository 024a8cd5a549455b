package id.netral.console.dashboard;

import id.netral.console.offices.OfficeNames;
import id.netral.console.services.Views.Election;
import id.netral.console.services.Views.RecapRow;
import id.netral.console.words.Words;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One election's numbers as the dashboard draws and tabulates them, made from the services' recaps (never from their
 * databases): the status funnel, cases over time, by SKB kind, by OPD and by kecamatan, and what is overdue.
 *
 * @param overdueRecommendations recommendations past the PPK's deadline; null when the person may not read
 *                               recommendations (a verifier), so the page leaves the number out instead of showing 0
 */
public record Dashboard(Election election, long reported, BarChart funnel, ColumnChart overTime, BarChart kinds,
                        BarChart opds, BarChart kecamatan, KecamatanMap map, long overdueVerifications,
                        Long overdueRecommendations) {

    /** The statuses a case has once its screening registered it, in report-service's order of a case's life. */
    private static final Set<String> REGISTERED = Set.of("REGISTERED", "NEEDS_INFO", "NOT_PROVEN", "VERIFIED",
            "RECOMMENDED", "NOTIFIED", "ACKNOWLEDGED", "IN_FOLLOW_UP", "SANCTION_DECIDED");
    private static final Set<String> VERIFIED = Set.of("VERIFIED", "RECOMMENDED", "NOTIFIED", "ACKNOWLEDGED",
            "IN_FOLLOW_UP", "SANCTION_DECIDED");
    private static final Set<String> RECOMMENDED = Set.of("RECOMMENDED", "NOTIFIED", "ACKNOWLEDGED", "IN_FOLLOW_UP",
            "SANCTION_DECIDED");
    private static final Set<String> DECIDED = Set.of("SANCTION_DECIDED");

    /** What the recaps of one election said. */
    public record Recaps(List<RecapRow> byStatus, List<RecapRow> byKind, List<RecapRow> byOpd,
                         List<RecapRow> byKecamatan, List<RecapRow> byDay, List<RecapRow> overdueByStatus,
                         List<RecapRow> recommendationsByStatus) {
    }

    /**
     * @param kinds the SKB 2022 rows' acts in words, by code
     * @param opds  the OPDs' names, by code, as notification-service's directory has them
     */
    static Dashboard of(Election election, Recaps recaps, Map<String, String> kinds, Map<String, String> opds) {
        long reported = total(recaps.byStatus());
        BarChart funnel = BarChart.of("corong", "Perjalanan kasus: dari dilaporkan sampai diputuskan", "kasus",
                List.of(new BarChart.Count("Dilaporkan", reported),
                        new BarChart.Count("Diregistrasi", among(recaps.byStatus(), REGISTERED)),
                        new BarChart.Count("Terbukti melanggar", among(recaps.byStatus(), VERIFIED)),
                        new BarChart.Count("Direkomendasikan sanksi", among(recaps.byStatus(), RECOMMENDED)),
                        new BarChart.Count("Diputuskan PPK", among(recaps.byStatus(), DECIDED))), reported);
        BarChart byKind = BarChart.of("jenis", "Kasus menurut jenis pelanggaran (SKB 2022)", "kasus",
                counts(recaps.byKind(), code -> kindWords(code, kinds)), reported);
        BarChart byOpd = BarChart.of("opd", "Kasus menurut OPD terlapor", "kasus",
                counts(recaps.byOpd(), code -> OfficeNames.words(code, opds)), reported);
        Map<String, Long> byKecamatanCode = new LinkedHashMap<>();
        recaps.byKecamatan().forEach(row -> byKecamatanCode.merge(row.key(), row.count(), Long::sum));
        List<BarChart.Count> kecamatanCounts = new ArrayList<>();
        Words.kecamatanList().forEach((code, name) ->
                kecamatanCounts.add(new BarChart.Count(name, byKecamatanCode.getOrDefault(code, 0L))));
        long elsewhere = byKecamatanCode.entrySet().stream()
                .filter(e -> !Words.kecamatanList().containsKey(e.getKey())).mapToLong(Map.Entry::getValue).sum();
        if (elsewhere > 0) {
            kecamatanCounts.add(new BarChart.Count("Di luar Kota Kupang atau tidak diketahui", elsewhere));
        }
        BarChart byKecamatan = BarChart.of("kecamatan", "Kasus menurut kecamatan tempat kejadian", "kasus",
                kecamatanCounts, reported);
        Map<String, Long> byDay = new LinkedHashMap<>();
        recaps.byDay().forEach(row -> byDay.merge(row.key(), row.count(), Long::sum));
        Long overdueRecommendations = recaps.recommendationsByStatus() == null ? null
                : recaps.recommendationsByStatus().stream().filter(row -> "OVERDUE".equals(row.key()))
                .mapToLong(RecapRow::count).sum();
        return new Dashboard(election, reported, funnel, ColumnChart.of(byDay), byKind, byOpd, byKecamatan,
                KecamatanMap.of(Words.kecamatanList(), byKecamatanCode), total(recaps.overdueByStatus()),
                overdueRecommendations);
    }

    /** The cases found proven, as the funnel counts them. */
    public long verified() {
        return funnel.bars().get(2).count();
    }

    /** Whether the page shows what sanction-service said (the person reads recommendations). */
    public boolean showsRecommendations() {
        return overdueRecommendations != null;
    }

    /** An SKB row in words; a case not yet given a kind, or one of a kind the catalogue lacks, in plain words too. */
    static String kindWords(String code, Map<String, String> kinds) {
        if (code == null || code.isBlank() || code.equals("-")) {
            return "Jenis belum ditentukan";
        }
        return kinds.getOrDefault(code, "Jenis lain di luar matriks SKB 2022");
    }

    private static List<BarChart.Count> counts(List<RecapRow> rows, java.util.function.Function<String, String> words) {
        Map<String, Long> merged = new LinkedHashMap<>();
        rows.forEach(row -> merged.merge(words.apply(row.key()), row.count(), Long::sum));
        return merged.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> new BarChart.Count(e.getKey(), e.getValue())).toList();
    }

    private static long total(List<RecapRow> rows) {
        return rows.stream().mapToLong(RecapRow::count).sum();
    }

    private static long among(List<RecapRow> rows, Set<String> statuses) {
        return rows.stream().filter(row -> statuses.contains(row.key())).mapToLong(RecapRow::count).sum();
    }
}

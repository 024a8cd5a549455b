package id.netral.console.dashboard;

import id.netral.console.services.Views.RecapRow;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's numbers from the services' recaps: the funnel, the words, the tiles and the time axis. */
class DashboardTest {
    private static Dashboard dashboard(List<RecapRow> byDay) {
        return DashboardSamples.pilkada(byDay);
    }

    private static RecapRow row(String key, long count) {
        return DashboardSamples.row(key, count);
    }

    @Test
    void theFunnelCountsEachCaseAtEveryStageItHasPassed() {
        Dashboard d = dashboard(List.of());

        assertThat(d.reported()).isEqualTo(10);
        assertThat(d.funnel().bars()).extracting(BarChart.Bar::label, BarChart.Bar::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Dilaporkan", 10L),
                org.assertj.core.groups.Tuple.tuple("Diregistrasi", 8L),
                org.assertj.core.groups.Tuple.tuple("Terbukti melanggar", 4L),
                org.assertj.core.groups.Tuple.tuple("Direkomendasikan sanksi", 2L),
                org.assertj.core.groups.Tuple.tuple("Diputuskan PPK", 1L));
        assertThat(d.verified()).isEqualTo(4);
        assertThat(d.funnel().bars().get(1).share()).isEqualTo("80%");
        assertThat(d.funnel().bars().get(0).width()).isEqualTo(BarChart.BAR_SPACE);
        assertThat(d.overdueVerifications()).isEqualTo(2);
        assertThat(d.overdueRecommendations()).isEqualTo(1);
        assertThat(d.showsRecommendations()).isTrue();
    }

    @Test
    void kindsAreInWordsNeverCodes() {
        Dashboard d = dashboard(List.of());

        assertThat(d.kinds().bars()).extracting(BarChart.Bar::label).containsExactly(
                "Sosialisasi atau kampanye melalui media sosial", "Menghadiri deklarasi pasangan calon",
                "Jenis belum ditentukan", "Jenis lain di luar matriks SKB 2022");
        assertThat(d.kinds().bars().get(0).share()).isEqualTo("60%");
        assertThat(d.kinds().description()).doesNotContain("D2", "Z9");
    }

    @Test
    void opdsAreNamedAsTheDirectoryNamesThem() {
        Dashboard d = dashboard(List.of());

        assertThat(d.opds().bars()).extracting(BarChart.Bar::label).containsExactly(
                "Dinas Perumahan Rakyat dan Kawasan Permukiman Kota Kupang", "Dinas Sosial Kota Kupang");
        assertThat(d.opds().description()).doesNotContain("DISPERKIM", "DINSOS");
        // an office the directory does not know keeps the code the report gave; none at all is said in words
        assertThat(id.netral.console.offices.OfficeNames.words("DISHUB", DashboardSamples.OPDS)).isEqualTo("DISHUB");
        assertThat(id.netral.console.offices.OfficeNames.words("-", DashboardSamples.OPDS)).isEqualTo("OPD tidak diketahui");
    }

    @Test
    void everyKecamatanHasATileWithItsNumberAndAShadeByItsThirdOfTheMost() {
        Dashboard d = dashboard(List.of());

        assertThat(d.map().tiles()).extracting(KecamatanMap.Tile::name, KecamatanMap.Tile::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Alak", 1L),
                org.assertj.core.groups.Tuple.tuple("Maulafa", 3L),
                org.assertj.core.groups.Tuple.tuple("Kelapa Lima", 0L),
                org.assertj.core.groups.Tuple.tuple("Oebobo", 6L),
                org.assertj.core.groups.Tuple.tuple("Kota Raja", 0L),
                org.assertj.core.groups.Tuple.tuple("Kota Lama", 0L));
        KecamatanMap.Tile oebobo = d.map().tiles().get(3);
        KecamatanMap.Tile maulafa = d.map().tiles().get(1);
        KecamatanMap.Tile kotaLama = d.map().tiles().get(5);
        assertThat(oebobo.shade()).isEqualTo("5–6 kasus");
        assertThat(oebobo.ink()).isEqualTo("#ffffff");
        assertThat(maulafa.shade()).isEqualTo("3–4 kasus");
        assertThat(kotaLama.fill()).isEqualTo(KecamatanMap.NONE.fill());
        assertThat(d.map().legend()).extracting(KecamatanMap.Shade::words)
                .containsExactly("Tidak ada kasus", "1–2 kasus", "3–4 kasus", "5–6 kasus");
        assertThat(d.map().description()).contains("Oebobo 6 kasus", "Kota Lama 0 kasus");
        // no two tiles overlap
        for (KecamatanMap.Tile a : d.map().tiles()) {
            for (KecamatanMap.Tile b : d.map().tiles()) {
                if (a != b) {
                    assertThat(Math.abs(a.x() - b.x()) >= a.size() || Math.abs(a.y() - b.y()) >= a.size())
                            .as("%s and %s apart", a.name(), b.name()).isTrue();
                }
            }
        }
        assertThat(d.kecamatan().bars()).hasSize(6);
    }

    @Test
    void aKecamatanOutsideTheCityIsCountedInTheTableNotOnTheMap() {
        Dashboard d = Dashboard.of(DashboardSamples.PILKADA, new Dashboard.Recaps(List.of(row("REGISTERED", 2)),
                List.of(),
                List.of(), List.of(row("53.71.04", 1), row("53.10.01", 1)), List.of(), List.of(), null),
                DashboardSamples.KINDS, DashboardSamples.OPDS);

        assertThat(d.kecamatan().bars()).hasSize(7);
        assertThat(d.kecamatan().bars().get(6).label()).isEqualTo("Di luar Kota Kupang atau tidak diketahui");
        assertThat(d.map().tiles()).extracting(KecamatanMap.Tile::count).containsOnly(0L, 1L);
        assertThat(d.showsRecommendations()).isFalse();
    }

    @Test
    void casesOverAFewWeeksAreDrawnByDayWithTheEmptyDaysBetween() {
        ColumnChart chart = dashboard(List.of(row("2024-10-05", 2), row("2024-10-01", 1), row("-", 3)))
                .overTime();

        assertThat(chart.unitWords()).isEqualTo("hari");
        assertThat(chart.columns()).extracting(ColumnChart.Column::count).containsExactly(1L, 0L, 0L, 0L, 2L);
        assertThat(chart.columns().get(0).label()).isEqualTo("1 Oktober 2024");
        assertThat(chart.withCases()).extracting(ColumnChart.Column::label)
                .containsExactly("1 Oktober 2024", "5 Oktober 2024");
        assertThat(chart.columns().get(4).height()).isEqualTo(ColumnChart.PLOT_HEIGHT);
        assertThat(chart.columns().get(0).height()).isEqualTo(ColumnChart.PLOT_HEIGHT / 2);
        assertThat(chart.description()).isEqualTo("1 Oktober 2024: 1; 5 Oktober 2024: 2.");
    }

    @Test
    void casesOverMonthsAreDrawnByMonth() {
        ColumnChart chart = dashboard(List.of(row("2024-09-30", 1), row("2024-11-02", 2), row("2024-11-20", 1)))
                .overTime();

        assertThat(chart.unitWords()).isEqualTo("bulan");
        assertThat(chart.columns()).extracting(ColumnChart.Column::label, ColumnChart.Column::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple("September 2024", 1L),
                org.assertj.core.groups.Tuple.tuple("Oktober 2024", 0L),
                org.assertj.core.groups.Tuple.tuple("November 2024", 3L));
    }

    @Test
    void noCasesYetDrawsNothingAndSaysSo() {
        Dashboard d = Dashboard.of(DashboardSamples.PILKADA, new Dashboard.Recaps(List.of(), List.of(), List.of(),
                List.of(),
                List.of(), List.of(), List.of()), DashboardSamples.KINDS, DashboardSamples.OPDS);

        assertThat(d.reported()).isZero();
        assertThat(d.overTime().isEmpty()).isTrue();
        assertThat(d.kinds().isEmpty()).isTrue();
        assertThat(d.kinds().description()).isEqualTo("Belum ada kasus.");
        assertThat(d.map().legend()).extracting(KecamatanMap.Shade::words).containsExactly("Tidak ada kasus");
        assertThat(d.funnel().bars()).allMatch(bar -> bar.width() == 0 && bar.share().isEmpty());
    }

    @Test
    void aLongSkbRowIsCutInThePictureButWholeInTheTable() {
        String longAct = "Memberikan dukungan kepada bakal calon ".repeat(4).strip();
        BarChart chart = BarChart.of("x", "t", "kasus", List.of(new BarChart.Count(longAct, 1)), 1);

        assertThat(chart.bars().get(0).shortLabel()).hasSizeLessThanOrEqualTo(78).endsWith("…");
        assertThat(chart.bars().get(0).label()).isEqualTo(longAct);
    }
}

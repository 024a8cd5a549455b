package id.netral.console;

import id.netral.console.dashboard.DashboardSamples;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard page as the console renders it from an election's numbers: SVG pictures that carry their numbers,
 * a title and a description for screen readers, a table for each, and nothing the Content-Security-Policy forbids.
 */
@QuarkusTest
@WithTestResource(DevSignInResource.class)
class DashboardPageTest {
    @Inject
    @Location("dashboard/election.html")
    Template dashboard;

    @Test
    @ActivateRequestContext
    void everyPictureHasItsWordsItsNumbersAndItsTable() {
        String page = dashboard.data("d", DashboardSamples.pilkada()).render();

        assertThat(page).contains("<h1>Dasbor Pilkada Serentak 2024</h1>");
        // the tile map: each kecamatan's tile with its number, a title and a description naming every count
        assertThat(page).contains("<title id=\"peta-title\">Peta kasus per kecamatan Kota Kupang</title>")
                .contains("Oebobo 6 kasus, Kota Raja 0 kasus, Kota Lama 0 kasus.")
                .containsPattern("data-kecamatan=\"Oebobo\">\\s*<title>Kecamatan Oebobo: 6 kasus</title>")
                .containsPattern("class=\"tile-count\">6</text>")
                .contains("aria-labelledby=\"peta-title peta-desc\"");
        // a table per picture, with row headers and the share of all reports
        assertThat(page).contains("<table class=\"numbers\" id=\"tabel-kecamatan\">", "id=\"tabel-corong\"",
                        "id=\"tabel-jenis\"", "id=\"tabel-opd\"", "id=\"tabel-waktu\"")
                .containsPattern("<tr><th scope=\"row\">Dilaporkan</th><td class=\"num\">10</td><td class=\"num\">100%</td></tr>")
                .containsPattern("<th scope=\"row\">Diregistrasi</th><td class=\"num\">8</td><td class=\"num\">80%</td>")
                .contains("<th scope=\"row\">1 Oktober 2024</th>");
        // kinds in words, the key figures, and what only sanction-service knows
        assertThat(page).contains("Sosialisasi atau kampanye melalui media sosial", "Jenis belum ditentukan")
                .doesNotContain(">D2<", ">Z9<")
                .contains("id=\"jumlah-verifikasi-terlambat\">2</span>", "id=\"jumlah-rekomendasi-terlambat\">1</span>");
        // nothing the strict Content-Security-Policy would block, nothing fetched from elsewhere
        assertThat(page).doesNotContain("style=", "<style", "<script>", "onclick", "http://", "https://");
    }
}

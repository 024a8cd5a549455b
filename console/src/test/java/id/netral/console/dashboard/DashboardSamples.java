package id.netral.console.dashboard;

import id.netral.console.services.Views.Election;
import id.netral.console.services.Views.RecapRow;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** An election's recaps as the services could answer them, for the tests of the dashboard's numbers and page. */
public final class DashboardSamples {
    static final Election PILKADA = new Election("PILKADA-2024", "Pilkada Serentak 2024",
            LocalDate.of(2024, 9, 25), LocalDate.of(2024, 11, 23), LocalDate.of(2024, 11, 27));
    static final Map<String, String> KINDS = Map.of(
            "D2", "Sosialisasi atau kampanye melalui media sosial",
            "D4", "Menghadiri deklarasi pasangan calon");
    static final Map<String, String> OPDS = Map.of(
            "DISPERKIM", "Dinas Perumahan Rakyat dan Kawasan Permukiman Kota Kupang",
            "DINSOS", "Dinas Sosial Kota Kupang");

    private DashboardSamples() {
    }

    /** Ten cases: four proven, two recommended, one decided; two verifications and one recommendation overdue. */
    public static Dashboard pilkada() {
        return pilkada(List.of(row("2024-10-05", 2), row("2024-10-01", 1)));
    }

    static Dashboard pilkada(List<RecapRow> byDay) {
        return Dashboard.of(PILKADA, new Dashboard.Recaps(
                List.of(row("REGISTERED", 3), row("SUBMITTED", 1), row("DUPLICATE", 1), row("VERIFIED", 2),
                        row("RECOMMENDED", 1), row("SANCTION_DECIDED", 1), row("NOT_PROVEN", 1)),
                List.of(row("D2", 6), row("D4", 2), row("-", 1), row("Z9", 1)),
                List.of(row("DISPERKIM", 7), row("DINSOS", 3)),
                List.of(row("53.71.04", 6), row("53.71.02", 3), row("53.71.01", 1)),
                byDay,
                List.of(row("REGISTERED", 2)),
                List.of(row("OPEN", 2), row("OVERDUE", 1))), KINDS, OPDS);
    }

    static RecapRow row(String key, long count) {
        return new RecapRow(key, count);
    }
}

package id.netral.notification;

import id.netral.events.Accused;
import id.netral.events.EmploymentType;
import id.netral.events.EventEnvelope;
import id.netral.events.EventJson;
import id.netral.events.EventType;
import id.netral.events.SanctionRecommended;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Recommendations as sanction-service publishes them, for cases like those in the news. */
public final class SampleRecommendations {
    public static final String NAME = "Yohanes Bria";
    public static final String NIP = "198609262015051001";
    /** A Friday: the notice names the weekday. */
    public static final LocalDate PPK_DUE = LocalDate.of(2024, 11, 8);

    private SampleRecommendations() {
    }

    /** A PNS who posted a candidate's "Gas" tagline on Facebook during the Pilkada 2024 campaign: SKB 2022 D2. */
    public static SanctionRecommended gasTaglinePost(UUID reportId, String opdCode) {
        return gasTaglinePost(reportId, opdCode, NIP, "Kepala Seksi Perumahan");
    }

    /** The same post by another civil servant, in another position (the head of the OPD, say). */
    public static SanctionRecommended gasTaglinePost(UUID reportId, String opdCode, String nip, String position) {
        return new SanctionRecommended(UUID.randomUUID(), reportId,
                new Accused(nip, NAME, EmploymentType.PNS, opdCode, position),
                "D2", "DISCIPLINE", "BERAT", List.of("B1", "B2", "B3"), "B2",
                List.of("SKB 2022 baris D2", "PP 94/2021 Pasal 5 huruf n", "PP 94/2021 Pasal 14"),
                "BKN", PPK_DUE,
                List.of("Kampanye di media sosial untuk calon pada masa kampanye Pilkada 2024: hukuman disiplin berat",
                        "Tidak ada pelanggaran sebelumnya"),
                "skb-2022@2024-08-24", Instant.parse("2024-10-25T02:00:00Z"),
                "Sosialisasi atau kampanye melalui media sosial atau daring untuk calon", Map.of(
                        "B1", "penurunan jabatan setingkat lebih rendah selama 12 bulan",
                        "B2", "pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 bulan",
                        "B3", "pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS"));
    }

    public static EventEnvelope envelope(SanctionRecommended recommended) {
        String reportId = recommended.reportId().toString();
        return new EventEnvelope(UUID.randomUUID(), EventType.SANCTION_RECOMMENDED, "/netral/sanction-service",
                reportId, Instant.now(), reportId, EventJson.write(recommended));
    }
}

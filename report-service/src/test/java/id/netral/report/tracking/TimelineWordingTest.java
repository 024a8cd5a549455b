package id.netral.report.tracking;

import id.netral.events.FollowUpRecorded;
import id.netral.events.SanctionNotImposed;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The procedure's steps on a case's timeline: words, who took the step, its document, and whether it was in time. */
class TimelineWordingTest {
    private static final UUID ID = UUID.randomUUID();

    @Test
    void aStepNamesItsActorItsDocumentAndItsDeadlineInWords() {
        String text = TimelineWording.followUp(new FollowUpRecorded(ID, ID, ID, "DINKES", "SUMMONED", null,
                "kepala-dinkes", Instant.now(), "DIRECT_SUPERIOR", "800/12/DINKES/2024", LocalDate.of(2024, 11, 4),
                LocalDate.of(2024, 11, 6), null));
        assertThat(text).isEqualTo("Pegawai dipanggil secara tertulis oleh atasan langsung; dokumen nomor "
                + "800/12/DINKES/2024 tanggal 4 November 2024; batas waktu 6 November 2024");
    }

    @Test
    void aLateStepAndAnObjectionSaySo() {
        assertThat(TimelineWording.followUp(new FollowUpRecorded(ID, ID, ID, "DINKES", "DECISION_DELIVERED", null,
                "kepala-dinkes", Instant.now(), "PPK", "800/20/DINKES/2024", LocalDate.of(2024, 12, 20),
                LocalDate.of(2024, 12, 10), null)))
                .contains("Keputusan disampaikan kepada pegawai oleh PPK", "melewati batas waktu 10 Desember 2024");
        assertThat(TimelineWording.followUp(new FollowUpRecorded(ID, ID, ID, "DINKES", "OBJECTION_FILED", null,
                "kepala-dinkes", Instant.now(), "CIVIL_SERVANT", "01/KEB/2024", LocalDate.of(2024, 12, 23),
                LocalDate.of(2025, 1, 10), "BANDING_ADMINISTRATIF")))
                .startsWith("Pegawai mengajukan upaya administratif (banding administratif); dokumen nomor 01/KEB/2024")
                .doesNotContain("BANDING_ADMINISTRATIF", "CIVIL_SERVANT");
    }

    @Test
    void aDecreeImposingNoSanctionSaysSoWithoutTheReason() {
        assertThat(TimelineWording.notImposed(new SanctionNotImposed(ID, ID, "800/124/BKPPD/2024",
                LocalDate.of(2024, 10, 21), "NOT_PROVEN", "Saksi A tidak hadir", "walikota", Instant.now())))
                .isEqualTo("Keputusan nomor 800/124/BKPPD/2024 tanggal 21 Oktober 2024: pelanggaran tidak terbukti, "
                        + "tidak ada sanksi");
        assertThat(TimelineWording.notImposed(new SanctionNotImposed(ID, ID, "800/130/BKPPD/2024",
                LocalDate.of(2024, 10, 25), "CANCELLED", "Saksi A tidak hadir", "walikota", Instant.now())))
                .contains("proses dibatalkan").doesNotContain("Saksi");
    }

    @Test
    void aStepRecordedBeforeDocumentsWereAskedForKeepsItsWords() {
        assertThat(TimelineWording.followUp(new FollowUpRecorded(ID, ID, ID, "DINKES", "SUMMONED_AND_EXAMINED",
                "Diperiksa 4 November", "kepala-dinkes", Instant.now())))
                .isEqualTo("Pegawai dipanggil dan diperiksa: Diperiksa 4 November");
    }
}

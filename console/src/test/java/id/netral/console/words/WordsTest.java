package id.netral.console.words;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordsTest {
    @Test
    void aScreeningReasonReadsItsDatesInTheLongForm() {
        assertThat(Words.sentence("Dilaporkan melewati batas waktu: diketahui 2024-10-02, batas 7 hari berakhir "
                + "2024-10-09, diterima Bawaslu 2024-10-11."))
                .isEqualTo("Dilaporkan melewati batas waktu: diketahui 2 Oktober 2024, batas 7 hari berakhir "
                        + "9 Oktober 2024, diterima Bawaslu 11 Oktober 2024.");
        // what only looks like a date stays as it was
        assertThat(Words.sentence("Nomor 2024-13-45 dan 12024-10-02")).isEqualTo("Nomor 2024-13-45 dan 12024-10-02");
        assertThat(Words.sentence(null)).isEmpty();
    }

    @Test
    void anEvidenceFileHasItsKindAndSizeInWords() {
        assertThat(Words.fileKind("image/png")).isEqualTo("Gambar PNG");
        assertThat(Words.fileKind("application/pdf")).isEqualTo("Dokumen PDF");
        assertThat(Words.fileKind("application/x-unknown")).isEqualTo("Berkas");
        assertThat(Words.fileSize(512)).isEqualTo("512 bita");
        assertThat(Words.fileSize(340 * 1024)).isEqualTo("340 KB");
        assertThat(Words.fileSize(1_258_291)).isEqualTo("1,2 MB");
    }

    @Test
    void aRelatedReportSaysHowItRelatesWithoutCodes() {
        assertThat(Words.relation("LINKED")).contains("Digabungkan ke laporan ini");
        assertThat(Words.relation("SAME_ACCUSED")).contains("Terlapor yang sama");
        assertThat(Words.relation("SOMETHING_NEW")).isEqualTo("lainnya");
    }
}

package id.netral.notification.message;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** How a letter's text is set on the page, measured where PDFBox reads each line back (no service needed). */
class LetterPdfLayoutTest {
    private static final String LETTER = """
            PEMERINTAH KOTA KUPANG
            BADAN KEPEGAWAIAN, PENDIDIKAN DAN PELATIHAN DAERAH
            --------------------------------------------------------------------------
                                                               Kupang, 3 Desember 2026
            Nomor    : 800/001/BKPPD/XII/2026
            Hal      : Rekomendasi sanksi atas pelanggaran netralitas ASN

            Pegawai
              Nama               : Yohanes Bria
              Unit kerja (OPD)   : Dinas Lingkungan Hidup dan Kebersihan Kota Kupang (DLHK)
              - Pasal 5 huruf n: larangan memberi dukungan kepada calon

            %s

            Kepala Badan Kepegawaian, Pendidikan dan Pelatihan Daerah Kota Kupang,


            Penanda Tangan Uji
            NIP. 199001012020011001
            Nama\u0101 di luar WinAnsi
            """.formatted("Bersama ini kami sampaikan rancangan rekomendasi sanksi yang disusun Netral bagi Pejabat Pembina "
            + "Kepegawaian (PPK) atas pelanggaran netralitas pegawai dalam pemilu/pemilihan oleh pegawai di "
            + "lingkungan unit kerja Bapak/Ibu, dengan rincian sebagai berikut.");

    @Test
    void fieldsShareAValueColumnAndTheDateAndSignatureStandOnTheRightHalf() throws IOException {
        List<Run> runs = runs(LetterPdf.render("Surat", LETTER));

        assertThat(at(runs, "Dinas Lingkungan Hidup dan Kebersihan Kota Kupang (DLHK)").x())
                .isCloseTo(at(runs, "Yohanes Bria").x(), within(0.1f));
        assertThat(at(runs, "800/001/BKPPD/XII/2026").x())
                .isCloseTo(at(runs, "Rekomendasi sanksi atas pelanggaran netralitas ASN").x(), within(0.1f));
        // "Pasal 5 huruf n: larangan" has no space before its colon: an item of prose, not a field
        at(runs, "Pasal 5 huruf n: larangan memberi dukungan kepada calon");
        float middle = 595.28f / 2;
        for (String right : List.of("Kupang, 3 Desember 2026", "Penanda Tangan Uji", "NIP. 199001012020011001",
                "Nama? di luar WinAnsi")) {
            assertThat(at(runs, right).x()).as(right).isGreaterThan(middle);
        }
        // the paragraph fills its lines from the left margin: no word carried alone to a line of its own
        List<Run> paragraph = runs.subList(runs.indexOf(at(runs, "Pasal 5 huruf n: larangan memberi dukungan kepada "
                + "calon")) + 1, runs.indexOf(at(runs, "Kepala Badan Kepegawaian, Pendidikan")));
        assertThat(paragraph).hasSizeBetween(2, 3).allMatch(line -> line.text().split(" ").length > 3)
                .allMatch(line -> line.x() < 72);
    }

    private static Run at(List<Run> runs, String text) {
        return runs.stream().filter(run -> run.text().equals(text)).findFirst().orElseThrow(
                () -> new AssertionError("no run of text reads " + text + " in " + runs));
    }

    /** A run of text as read back (runs of spaces made one) and where it starts on the page. */
    record Run(String text, float x) {
    }

    private static List<Run> runs(byte[] pdf) throws IOException {
        List<Run> runs = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    runs.add(new Run(text.replaceAll("\\s+", " ").strip(), positions.get(0).getX()));
                }
            }.getText(document);
        }
        return runs;
    }
}

package id.netral.notification.message;

import id.netral.events.EmploymentType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The legal basis a letter states for the track a case takes, decided by the accused's employment type (research notes
 * 1, 2.3, 2.4, 2.6): PP 42/2004 and the Majelis Kode Etik for ethics, PP 94/2021 with its articles for PNS
 * discipline, PP 49/2018 for PPPK, and the Perwali or the work contract for non-ASN staff, whom neither BKN nor KASN
 * handles (an event's sanctioning body may still say BKN for them: the employment type decides).
 *
 * <p>The article numbers of PP 94/2021 on the superior's duty (Pasal 26(1)) and liability (Pasal 28) come from one
 * secondary summary and are UNCONFIRMED against the PP's text (research notes 2.3, 3.4). Applying PP 42/2004 ethics to
 * PPPK is UNCONFIRMED (issue 14). The Perwali's number is UNCONFIRMED: configuration
 * {@code netral.notification.letter.non-asn-regulation}.
 */
public final class LegalBasis {
    static final String PP94 = "Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil";
    static final String PP42 = "Peraturan Pemerintah Nomor 42 Tahun 2004 tentang Pembinaan Jiwa Korps dan Kode Etik "
            + "Pegawai Negeri Sipil";
    static final String PP49 = "Peraturan Pemerintah Nomor 49 Tahun 2018 tentang Manajemen Pegawai Pemerintah dengan "
            + "Perjanjian Kerja";
    static final String SUPERIOR_LIABLE = "Sesuai Pasal 26 ayat (1) " + PP94 + ", atasan langsung wajib memanggil "
            + "dan memeriksa pegawai yang diduga melakukan pelanggaran disiplin; sesuai Pasal 28 Peraturan Pemerintah "
            + "tersebut, atasan yang tidak melakukannya dijatuhi hukuman disiplin yang lebih berat.";

    /** A government regulation cited by number and year, long ("Peraturan Pemerintah Nomor 94 Tahun 2021") or short. */
    private static final Pattern LONG_PP = Pattern.compile("Peraturan Pemerintah Nomor (\\d+) Tahun (\\d{4})");
    private static final Pattern SHORT_PP = Pattern.compile("(?:PP|Peraturan Pemerintah)\\s+(?:Nomor\\s+)?(\\d+)"
            + "(?:\\s*/\\s*|\\s+Tahun\\s+)(\\d{4})\\s*,?\\s*(.*)");

    /** What the letter says about who handles the case and on what basis. */
    public record Statement(List<String> basis, String handledBy, String superiorDuty) {

        /**
         * The catalogue's entries that add to this statement's basis: an entry citing a regulation and article the
         * statement already cites in its long form ("PP 94/2021 Pasal 14" beside "Peraturan Pemerintah Nomor 94 Tahun
         * 2021 ..., Pasal 14: ...") would list the same article twice; an entry citing more ("Pasal 5 huruf n angka
         * 4") or another instrument ("SKB 2022 baris D2") stays.
         */
        public List<String> addedBy(List<String> catalogue) {
            return catalogue.stream().filter(entry -> !cites(entry)).toList();
        }

        private boolean cites(String entry) {
            Matcher cited = SHORT_PP.matcher(entry.strip());
            if (!cited.matches()) {
                return false;
            }
            String article = cited.group(3).strip();
            return basis.stream().anyMatch(line -> {
                Matcher regulation = LONG_PP.matcher(line);
                return regulation.find() && regulation.group(1).equals(cited.group(1))
                        && regulation.group(2).equals(cited.group(2))
                        && (article.isEmpty() || Pattern.compile("(?<![\\w(])" + Pattern.quote(article) + "(?![\\w)])")
                        .matcher(line.substring(regulation.end())).find());
            });
        }
    }

    private LegalBasis() {
    }

    /**
     * KASN or BKN examines a case only once Bawaslu forwarded its study: a letter never presents it as handling a case
     * it may not have seen, and says that Netral's recommendation is the PPK's draft until the body's result is in.
     */
    static String examination(String body) {
        return "pemeriksaan oleh " + body + " setelah Bawaslu meneruskan kajiannya; sampai hasil pemeriksaan itu "
                + "diterima, rekomendasi ini adalah rancangan Netral bagi PPK";
    }

    /**
     * @param track           the recommendation's track (ETHICS, DISCIPLINE, DISMISSAL, CONTRACT, MANUAL_REVIEW)
     * @param sanctioningBody the body the event names (KASN/BKN); ignored for non-ASN staff
     * @param perwali         the Perwali's number when known
     */
    public static Statement of(EmploymentType employment, String track, String sanctioningBody,
                               Optional<String> perwali) {
        if (employment == EmploymentType.NON_ASN) {
            String regulation = "Peraturan Wali Kota Kupang tentang pegawai tidak tetap"
                    + perwali.map(number -> " (" + number + ")").orElse(" (nomor belum dikonfirmasi)");
            return new Statement(List.of(regulation, "perjanjian kerja pegawai yang bersangkutan"),
                    "Wali Kota Kupang selaku Pejabat Pembina Kepegawaian (PPK) berdasarkan Peraturan Wali Kota atau "
                            + "perjanjian kerja",
                    "Pimpinan OPD menyampaikan hasil pemeriksaan atas pegawai non-ASN tersebut kepada PPK sesuai "
                            + "Peraturan Wali Kota dan perjanjian kerja.");
        }
        String body = NoticeWording.sanctioningBody(sanctioningBody);
        List<String> basis = new ArrayList<>();
        if ("ETHICS".equals(track)) {
            basis.add(PP42 + ", Pasal 15: sanksi moral dibuat secara tertulis dan dinyatakan oleh PPK, berupa "
                    + "pernyataan secara tertutup atau terbuka");
            basis.add("pemeriksaan oleh Majelis Kode Etik, yang dapat merekomendasikan tindakan administratif "
                    + "di samping sanksi moral");
            if (employment == EmploymentType.PPPK) {
                basis.add(PP49 + " (penerapan kode etik PP 42/2004 bagi PPPK belum dikonfirmasi)");
            }
            return new Statement(basis, "Majelis Kode Etik dan PPK; " + examination(body),
                    "Pimpinan OPD menyampaikan pelanggaran kode etik ini kepada Majelis Kode Etik untuk diperiksa.");
        }
        if (employment == EmploymentType.PPPK) {
            basis.add(PP49 + ", Pasal 52: tata cara penjatuhan hukuman disiplin PPPK mengikuti ketentuan disiplin "
                    + "PNS");
            basis.add(PP49 + ", Pasal 105: pemutusan hubungan perjanjian kerja karena pelanggaran disiplin berat atau "
                    + "menjadi anggota/pengurus partai politik");
            basis.add(PP94 + ", Pasal 26 dan Pasal 28 (tata cara dan tanggung jawab atasan)");
        } else {
            basis.add(PP94 + ", Pasal 5 huruf n: larangan memberi dukungan kepada calon");
            basis.add(PP94 + ", Pasal 8: jenis hukuman disiplin");
            basis.add(PP94 + ", Pasal 14: hukuman disiplin berat atas pelanggaran Pasal 5 huruf n angka 3 sampai 7");
            basis.add(PP94 + ", Pasal 26 ayat (1) dan Pasal 28: kewajiban dan tanggung jawab atasan langsung");
        }
        return new Statement(basis, "Pejabat Pembina Kepegawaian (PPK); " + examination(body),
                SUPERIOR_LIABLE);
    }
}

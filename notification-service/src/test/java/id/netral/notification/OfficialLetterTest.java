package id.netral.notification;

import id.netral.events.Accused;
import id.netral.events.EmploymentType;
import id.netral.events.SanctionRecommended;
import id.netral.infra.EmbeddedInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static id.netral.notification.Notices.topics;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every notice is a naskah dinas: numbered from the yearly sequence, Sifat Rahasia, Lampiran, Hal, a signer, the
 * case's register number, dates in words, sanctions in words and the legal basis of the accused's track; its subject
 * names neither the employee nor an internal id. The legal sentences are the ones the notes give for each track
 * (research notes 1, 2.3, 2.4, 2.6), written here from the notes, not read from the service's code.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "database", value = "notification"), @ResourceArg(name = "smtp", value = "true")})
class OfficialLetterTest {
    private static final String HEAD_OF_DINKES = "kepala.dinkes@kupangkota.example";
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** Codes of the events and catalogue a reader must never see: tracks, levels, sanctions, employment types. */
    private static final Pattern CODE = Pattern.compile(
            "\\b([A-Z]+_[A-Z_]+|DISCIPLINE|ETHICS|DISMISSAL|CONTRACT|RINGAN|SEDANG|BERAT|[RSB][1-3]:?)\\b");
    private static final Pattern NUMBER = Pattern.compile("Nomor    : 800/(\\d{3,})/BKPPD/([IVX]+)/(\\d{4})\n");
    private static final Pattern LONG_DATE = Pattern.compile("Kupang, \\d{1,2} (Januari|Februari|Maret|April|Mei|"
            + "Juni|Juli|Agustus|September|Oktober|November|Desember) \\d{4}\n");

    @Test
    void aPnsDisciplineNoticeIsANumberedConfidentialLetterCitingPp94WithTheSuperiorsLiability() {
        UUID reportId = UUID.randomUUID();
        topics().publish(SampleRecommendations.envelope(SampleRecommendations.gasTaglinePost(reportId, "DINKES")));
        List<MimeMessage> letters = fourLetters(reportId);
        String register = Mails.register(reportId).orElseThrow();
        assertThat(register).matches("NTR-\\d{4}-\\d{5}");

        MimeMessage toHead = toHead(letters);
        assertThat(Mails.subject(toHead))
                .isEqualTo("Rekomendasi sanksi atas pelanggaran netralitas ASN (register " + register + ")");
        String body = Mails.text(toHead);
        assertThat(body).contains(
                "Sifat    : Rahasia\n",
                "Lampiran : -\n",
                "Hal      : Rekomendasi sanksi atas pelanggaran netralitas ASN\n",
                "Nomor register perkara : " + register + "\n",
                "Yth. Kepala Dinas Kesehatan Kota Kupang",
                "Tingkat hukuman              : berat",
                "Sanksi yang direkomendasikan : pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 bulan",
                "Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil, Pasal 5 huruf n",
                "Pasal 26 ayat (1)",
                "atasan yang tidak melakukannya dijatuhi hukuman disiplin yang lebih berat",
                "Jumat, 8 November 2024",
                // signed by the head of BKPPD from the directory; the seed names no person, so it says so
                "Kepala Badan Kepegawaian, Pendidikan dan Pelatihan Daerah Kota Kupang,",
                "nama penanda tangan belum dikonfirmasi");
        assertThat(body).containsPattern(LONG_DATE).containsPattern(NUMBER);
        assertThat(body).doesNotContain("Peraturan Pemerintah Nomor 49 Tahun 2018", "Peraturan Wali Kota");
        everyLetterReadable(letters);

        // four letters of one transaction: four consecutive numbers of the year, each letter its own
        List<Integer> numbers = letters.stream().map(OfficialLetterTest::sequence).sorted().toList();
        assertThat(numbers).doesNotHaveDuplicates();
        assertThat(numbers.get(3) - numbers.get(0)).isEqualTo(3);

        // the next case: a new register number, and letter numbers further on
        UUID nextReport = UUID.randomUUID();
        topics().publish(SampleRecommendations.envelope(SampleRecommendations.gasTaglinePost(nextReport, "DINKES")));
        List<MimeMessage> next = fourLetters(nextReport);
        assertThat(Mails.register(nextReport).orElseThrow()).isNotEqualTo(register);
        assertThat(next.stream().map(OfficialLetterTest::sequence).min(Integer::compare).orElseThrow())
                .isGreaterThan(numbers.get(3));
    }

    @Test
    void aPpppkLetterCitesPp49AndItsArticlesWithTheSuperiorsLiability() {
        UUID reportId = UUID.randomUUID();
        topics().publish(SampleRecommendations.envelope(recommendation(reportId, EmploymentType.PPPK,
                "202408152024211001", "DISCIPLINE", "BERAT", List.of("PPPK_TERMINATION"), "PPPK_TERMINATION",
                "BKN", Map.of())));
        List<MimeMessage> letters = fourLetters(reportId);
        String body = Mails.text(toHead(letters));
        assertThat(body).contains(
                "Pegawai Pemerintah dengan Perjanjian Kerja (PPPK)",
                "Peraturan Pemerintah Nomor 49 Tahun 2018 tentang Manajemen Pegawai Pemerintah dengan Perjanjian "
                        + "Kerja, Pasal 52",
                "Pasal 105",
                "Pasal 26 ayat (1)",
                "dijatuhi hukuman disiplin yang lebih berat");
        everyLetterReadable(letters);
    }

    @Test
    void aPttLetterCitesThePerwaliOrTheContractAndNeverSaysBknHandlesIt() {
        UUID reportId = UUID.randomUUID();
        // sanction-service may still name BKN for a PTT: the employment type decides what the letter says
        topics().publish(SampleRecommendations.envelope(recommendation(reportId, EmploymentType.NON_ASN, null,
                "CONTRACT", null, List.of("CONTRACT_TERMINATION"), "CONTRACT_TERMINATION", "BKN",
                Map.of("CONTRACT_TERMINATION", "pemutusan hubungan kerja"))));
        List<MimeMessage> letters = fourLetters(reportId);
        String body = Mails.text(toHead(letters));
        assertThat(body).contains(
                "NIP/NI PPPK        : tanpa NIP",
                "Peraturan Wali Kota Kupang tentang pegawai tidak tetap",
                "perjanjian kerja pegawai yang bersangkutan",
                "Wali Kota Kupang selaku Pejabat Pembina Kepegawaian (PPK) berdasarkan Peraturan Wali Kota atau "
                        + "perjanjian kerja",
                "Tingkat hukuman              : tidak berlaku",
                "Sanksi yang direkomendasikan : pemutusan hubungan kerja");
        for (MimeMessage letter : letters) {
            assertThat(Mails.text(letter)).doesNotContain("BKN", "Badan Kepegawaian Negara", "KASN",
                    "Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil, Pasal 5");
        }
        everyLetterReadable(letters);
    }

    @Test
    void anEthicsLetterCitesPp42AndTheMajelisKodeEtikWithTheMoralSanctionInWords() {
        UUID reportId = UUID.randomUUID();
        topics().publish(SampleRecommendations.envelope(recommendation(reportId, EmploymentType.PNS,
                SampleRecommendations.NIP, "ETHICS", null, List.of("MORAL_CLOSED", "MORAL_OPEN"), "MORAL_CLOSED",
                "BKN", Map.of())));
        List<MimeMessage> letters = fourLetters(reportId);
        String body = Mails.text(toHead(letters));
        assertThat(body).contains(
                "Peraturan Pemerintah Nomor 42 Tahun 2004 tentang Pembinaan Jiwa Korps dan Kode Etik Pegawai Negeri "
                        + "Sipil, Pasal 15",
                "Majelis Kode Etik",
                "Tingkat hukuman              : tidak berlaku",
                "Sanksi yang direkomendasikan : sanksi moral berupa pernyataan secara tertutup",
                "    - sanksi moral berupa pernyataan secara terbuka");
        everyLetterReadable(letters);
    }

    private static SanctionRecommended recommendation(UUID reportId, EmploymentType employment, String employeeId,
                                                      String track, String level, List<String> allowed,
                                                      String recommended, String body, Map<String, String> texts) {
        return new SanctionRecommended(UUID.randomUUID(), reportId,
                new Accused(employeeId, SampleRecommendations.NAME, employment, "DINKES", "Staf Pelaksana"),
                "D2", track, level, allowed, recommended, List.of("SKB 2022 baris D2"), body,
                SampleRecommendations.PPK_DUE, List.of("Unggahan kampanye di media sosial"), "skb-2022@2024-08-24",
                Instant.parse("2024-10-25T02:00:00Z"), "Sosialisasi atau kampanye melalui media sosial", texts);
    }

    private static List<MimeMessage> fourLetters(UUID reportId) {
        return await().atMost(Notices.PATIENCE).until(() -> Mails.about(reportId), mails -> mails.size() == 4);
    }

    private static MimeMessage toHead(List<MimeMessage> letters) {
        return letters.stream().filter(mail -> HEAD_OF_DINKES.equals(Mails.to(mail))).findFirst().orElseThrow();
    }

    /** No name, no id, no code where people read: subjects travel in clear. */
    private static void everyLetterReadable(List<MimeMessage> letters) {
        for (MimeMessage letter : letters) {
            String subject = Mails.subject(letter);
            assertThat(subject).doesNotContain(SampleRecommendations.NAME, SampleRecommendations.NIP, "Bria");
            assertThat(UUID_TEXT.matcher(subject).find()).as(subject).isFalse();
            assertThat(CODE.matcher(subject).find()).as(subject).isFalse();
            String text = withoutAcknowledgementLink(Mails.text(letter));
            Matcher uuid = UUID_TEXT.matcher(text);
            assertThat(uuid.find()).as("an internal id in the letter: %s", text).isFalse();
            Matcher code = CODE.matcher(text);
            assertThat(code.find()).as("a code in the letter: %s", text).isFalse();
            assertThat(text).containsPattern(NUMBER).containsPattern(LONG_DATE).contains("Sifat    : Rahasia");
            // a paragraph is one line, for the mail client to wrap: within the 998 characters a mail line may have
            assertThat(text.lines()).allMatch(line -> line.length() < 998);
        }
    }

    /** The head's one-time link names the notice it acknowledges; it is an address, not the letter's text. */
    private static String withoutAcknowledgementLink(String text) {
        return text.replaceAll("http\\S+/tanda-terima/\\S+", "");
    }

    private static int sequence(MimeMessage letter) {
        Matcher number = NUMBER.matcher(Mails.text(letter));
        assertThat(number.find()).isTrue();
        return Integer.parseInt(number.group(1));
    }
}

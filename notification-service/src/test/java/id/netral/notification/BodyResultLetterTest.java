package id.netral.notification;

import id.netral.events.BodyResultRecorded;
import id.netral.events.EventEnvelope;
import id.netral.events.EventJson;
import id.netral.events.EventType;
import id.netral.events.NotificationDelivered;
import id.netral.events.SanctionRecommended;
import id.netral.infra.EmbeddedInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** BKN's result arrives: the PPK, BKPPD and the OPD head each get a letter saying the PPK acts on it now, once. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "database", value = "notification"), @ResourceArg(name = "smtp", value = "true")})
class BodyResultLetterTest {

    @Test
    void thePpkBkppdAndTheHeadAreToldOnceThatThePpkNowActsOnBknsResult() {
        UUID reportId = UUID.randomUUID();
        SanctionRecommended recommended = SampleRecommendations.gasTaglinePost(reportId, "DISPERKIM");
        Notices.topics().publish(SampleRecommendations.envelope(recommended));
        String noticeId = await().atMost(Notices.PATIENCE).until(() -> Notices.of(reportId),
                list -> "DELIVERED".equals(list.getString("[0].status"))).getString("[0].id");

        BodyResultRecorded result = new BodyResultRecorded(recommended.recommendationId(), reportId, "BKN",
                "LHP-0451/2024", LocalDate.of(2024, 10, 18), "B1",
                "penurunan jabatan setingkat lebih rendah selama 12 bulan", "B2", "bkppd-officer",
                Instant.parse("2024-10-21T02:00:00Z"));
        EventEnvelope event = envelope(result);
        Notices.topics().publish(event);
        // the same event read again, and sanction-service publishing it again under another id: told once
        Notices.topics().publish(event);
        Notices.topics().publish(envelope(result));

        JsonPath letters = await().atMost(Notices.PATIENCE).until(() -> Notices.of(reportId), list ->
                list.getList("findAll { it.kind == 'BODY_RESULT' && it.status == 'DELIVERED' }").size() == 3);
        assertThat(letters.getList("findAll { it.kind == 'BODY_RESULT' }.recipientRole"))
                .containsExactlyInAnyOrder("PPK", "BKPPD", "OPD_HEAD");

        MimeMessage toPpk = mailWithSubject("walikota@kupangkota.example", reportId);
        String register = Mails.register(reportId).orElseThrow();
        assertThat(Mails.subject(toPpk)).isEqualTo("Hasil BKN atas rekomendasi sanksi pelanggaran netralitas ASN "
                + "(register " + register + ")");
        assertThat(Mails.text(toPpk)).contains("Yth. Wali Kota Kupang selaku Pejabat Pembina Kepegawaian",
                "Menunjuk surat kami nomor " + Mails.letterNumber(noticeId),
                "hasil pemeriksaan Badan Kepegawaian Negara (BKN) atas perkara tersebut telah diterima",
                "Nomor                        : LHP-0451/2024",
                "Tanggal                      : 18 Oktober 2024",
                "Sanksi yang direkomendasikan : penurunan jabatan setingkat lebih rendah selama 12 bulan",
                "(pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 bulan) adalah rancangan",
                "Mulai saat ini PPK menindaklanjuti hasil BKN tersebut.",
                "selaku Pejabat Pembina Kepegawaian menetapkan keputusan",
                "Sifat    : Rahasia", "Nama               : " + SampleRecommendations.NAME)
                .doesNotContain("BODY_RESULT", "DISCIPLINE", "BERAT", "Pasal 28");
        assertThat(Mails.subject(toPpk)).doesNotContain(SampleRecommendations.NAME, SampleRecommendations.NIP);
        assertThat(Mails.text(toPpk).toLowerCase()).doesNotContain("pelapor");

        MimeMessage toHead = mailWithSubject("kepala.disperkim@kupangkota.example", reportId);
        assertThat(Mails.text(toHead)).contains("Yth. Kepala Dinas Perumahan Rakyat dan Kawasan Permukiman",
                "selaku atasan langsung melanjutkan pemanggilan dan pemeriksaan", "Pasal 26 ayat (1)", "Pasal 28",
                "Tembusan:\n1. Wali Kota Kupang selaku Pejabat Pembina Kepegawaian\n2. Kepala Badan Kepegawaian");
        MimeMessage toBkppd = mailWithSubject("kepala.bkppd@kupangkota.example", reportId);
        assertThat(Mails.text(toBkppd)).contains("Mohon BKPPD Kota Kupang menyiapkan rancangan keputusan");

        // the timeline learns of each as the body's result, no longer as a revision
        List<String> kinds = await().atMost(Notices.PATIENCE).until(() -> Notices.eventsNow(reportId,
                        EventType.NOTIFICATION_DELIVERED).stream()
                .map(e -> e.payload(NotificationDelivered.class).kind()).toList(), list -> list.size() == 7);
        assertThat(kinds).containsOnly("NOTICE", "BODY_RESULT").filteredOn("BODY_RESULT"::equals).hasSize(3);
        await().during(Duration.ofSeconds(2)).atMost(Notices.PATIENCE).until(() ->
                Notices.of(reportId).getList("findAll { it.kind == 'BODY_RESULT' }").size() == 3);
    }

    private static MimeMessage mailWithSubject(String address, UUID reportId) {
        return await().atMost(Notices.PATIENCE).until(() -> Mails.to(address, reportId).stream()
                        .filter(mail -> Mails.subject(mail).startsWith("Hasil BKN")).toList(), mails -> mails.size() == 1)
                .get(0);
    }

    private static EventEnvelope envelope(BodyResultRecorded result) {
        String key = result.reportId().toString();
        return new EventEnvelope(UUID.randomUUID(), EventType.BODY_RESULT_RECORDED, "/netral/sanction-service", key,
                Instant.now(), key, EventJson.write(result));
    }
}

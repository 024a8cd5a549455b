package id.netral.notification;

import id.netral.infra.Callers;
import id.netral.events.EventEnvelope;
import id.netral.events.EventJson;
import id.netral.events.EventType;
import id.netral.events.SanctionRecommended;
import id.netral.events.SanctionRevised;
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

/** BKPPD revises a recommendation: everyone who received it learns what holds now, once. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "database", value = "notification"), @ResourceArg(name = "smtp", value = "true")})
class RevisionTest {

    @Test
    void theHeadAndTheCopiesAreToldOfARevisionOnceAndItIsNotTheirsToAcknowledge() {
        UUID reportId = UUID.randomUUID();
        SanctionRecommended recommended = SampleRecommendations.gasTaglinePost(reportId, "DISDUKCAPIL");
        Notices.topics().publish(SampleRecommendations.envelope(recommended));
        String noticeId = await().atMost(Notices.PATIENCE).until(() -> Notices.of(reportId),
                list -> "DELIVERED".equals(list.getString("[0].status"))).getString("[0].id");

        SanctionRevised revised = new SanctionRevised(recommended.recommendationId(), reportId, "bkppd-officer",
                "Pegawai baru pertama kali melanggar dan mengakui perbuatannya", "DISCIPLINE", "BERAT",
                List.of("B1", "B2", "B3"), "B1", List.of("SKB 2022 baris D2", "PP 94/2021 Pasal 8 ayat (4)"),
                LocalDate.of(2024, 11, 15), Instant.parse("2024-10-28T03:00:00Z"));
        EventEnvelope event = revision(revised);
        Notices.topics().publish(event);
        // sanction-service publishing the same revision again (another event id) tells nobody twice
        Notices.topics().publish(revision(revised));

        JsonPath revisions = await().atMost(Notices.PATIENCE).until(() -> Notices.of(reportId), list ->
                list.getList("findAll { it.kind == 'REVISION' && it.status == 'DELIVERED' }").size() == 4);
        assertThat(revisions.getList("findAll { it.kind == 'REVISION' }.recipientRole"))
                .containsExactly("OPD_HEAD", "PPK", "BKPPD", "INSPECTORATE");

        MimeMessage mail = await().atMost(Notices.PATIENCE).until(() -> Mails.to("kepala.disdukcapil@kupangkota.example",
                reportId), mails -> mails.size() == 2).stream()
                .filter(each -> Mails.subject(each).startsWith("Perubahan rekomendasi sanksi")).findFirst().orElseThrow();
        assertThat(Mails.subject(mail)).isEqualTo("Perubahan rekomendasi sanksi atas pelanggaran netralitas ASN "
                + "(register " + Mails.register(reportId).orElseThrow() + ")");
        assertThat(Mails.text(mail)).contains("Yth. Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Kupang",
                "dengan surat nomor " + Mails.letterNumber(noticeId) + ".",
                "Alasan perubahan: Pegawai baru pertama kali melanggar dan mengakui perbuatannya",
                "Sanksi yang direkomendasikan : penurunan jabatan setingkat lebih rendah selama 12 bulan",
                "Hal      : Perubahan rekomendasi sanksi atas pelanggaran netralitas ASN\n",
                "Pasal 26 ayat (1)",
                "(PPK) : Jumat, 15 November 2024",
                "Surat yang diubah: Rekomendasi sanksi atas pelanggaran netralitas ASN",
                "Sanksi yang direkomendasikan : pembebasan dari jabatannya")
                .doesNotContain("tanda-terima");
        assertThat(Mails.text(mail).toLowerCase()).doesNotContain("pelapor");

        String toHead = revisions.getString("find { it.kind == 'REVISION' && it.recipientRole == 'OPD_HEAD' }.id");
        Callers.asOpdHead("DISDUKCAPIL").when().post("/api/v1/notifications/{id}/acknowledgement", toHead)
                .then().statusCode(409).contentType("application/problem+json");
        await().during(Duration.ofSeconds(2)).atMost(Notices.PATIENCE).until(() ->
                Notices.of(reportId).getList("findAll { it.kind == 'REVISION' }").size() == 4);
    }

    private static EventEnvelope revision(SanctionRevised revised) {
        String key = revised.reportId().toString();
        return new EventEnvelope(UUID.randomUUID(), EventType.SANCTION_REVISED, "/netral/sanction-service", key,
                Instant.now(), key, EventJson.write(revised));
    }
}

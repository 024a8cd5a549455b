package id.netral.notification;

import id.netral.events.EventEnvelope;
import id.netral.events.EventJson;
import id.netral.events.EventType;
import id.netral.events.NotificationDelivered;
import id.netral.events.SanctionDecided;
import id.netral.events.SanctionOverdue;
import id.netral.events.SanctionRecommended;
import id.netral.infra.Callers;
import id.netral.infra.EmbeddedInfraResource;
import id.netral.notification.chasing.Reminders;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reminders and escalation, with the service's clock moved forward instead of waiting (TestClock). Reminders in this
 * profile: 3 days after the notice, then every 2 days, at most 3 (application.properties).
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "database", value = "notification"), @ResourceArg(name = "smtp", value = "true")})
class ChasingTest {
    private static final Duration QUIET = Duration.ofSeconds(3);

    @Inject
    Reminders reminders;

    @Test
    void anUnacknowledgedNoticeIsRemindedOncePerPeriodUntilTheHeadAcknowledges() throws Exception {
        UUID reportId = UUID.randomUUID();
        String noticeId = Notices.deliveredNoticeFor(reportId, "DLHK");

        TestClock.advance(Duration.ofDays(2));
        await().during(QUIET).atMost(Notices.PATIENCE).until(() -> reminders(reportId).isEmpty());

        TestClock.advance(Duration.ofDays(1).plusMinutes(1));
        List<Map<String, Object>> first = await().atMost(Notices.PATIENCE).until(() -> reminders(reportId),
                list -> list.size() == 1 && "DELIVERED".equals(list.get(0).get("status")));
        assertThat(first.get(0).get("reminderOf")).isEqualTo(noticeId);
        assertThat(first.get(0).get("address")).isEqualTo("kepala.dlhk@kupangkota.example");
        // once per period: the polls that follow write no second reminder
        await().during(QUIET).atMost(Notices.PATIENCE).until(() -> reminders(reportId).size() == 1);

        MimeMessage mail = await().atMost(Notices.PATIENCE).until(() -> mailsTo("kepala.dlhk@kupangkota.example",
                "Pengingat ke-1: ", reportId), mails -> mails.size() == 1).get(0);
        assertThat(mail.getSubject()).isEqualTo("Pengingat ke-1: Tindak lanjut rekomendasi sanksi atas pelanggaran "
                + "netralitas ASN (register " + Mails.register(reportId).orElseThrow() + ")");
        LetterPdfTest.keepForReading(mail, "pengingat");
        String body = Mails.text(mail);
        assertThat(body).contains("Yth. Kepala Dinas Lingkungan Hidup dan Kebersihan Kota Kupang",
                "pengingat ke-1 dari 3",
                "Menunjuk surat kami nomor " + Mails.letterNumber(noticeId) + " tanggal ",
                "belum dikonfirmasi penerimaannya",
                "Nomor    : " + Mails.letterNumber((String) first.get(0).get("id")) + "\n",
                "Pasal 26 ayat (1)",
                "Sanksi yang direkomendasikan : pembebasan dari jabatannya");
        assertThat(body.toLowerCase()).doesNotContain("pelapor");

        TestClock.advance(Duration.ofDays(2));
        await().atMost(Notices.PATIENCE).until(() -> reminders(reportId).size() == 2);

        // answering the reminder answers the notice, and the reminders stop
        String secondReminder = (String) reminders(reportId).get(1).get("id");
        Callers.asOpdHead("DLHK").when().post("/api/v1/notifications/{id}/acknowledgement", secondReminder)
                .then().statusCode(200);
        assertThat(Notices.of(reportId).getString("find { it.id == '" + noticeId + "' }.acknowledgedAt")).isNotNull();
        TestClock.advance(Duration.ofDays(2));
        await().during(QUIET).atMost(Notices.PATIENCE).until(() -> reminders(reportId).size() == 2);
    }

    @Test
    void workersRacingForTheSameDueReminderWriteItOnce() throws Exception {
        UUID reportId = UUID.randomUUID();
        Notices.deliveredNoticeFor(reportId, "DPUPR");
        TestClock.advance(Duration.ofDays(3).plusMinutes(1));
        // as if four replicas looked at once, besides this replica's own scheduled run
        ExecutorService replicas = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> runs = new ArrayList<>();
            for (int replica = 0; replica < 4; replica++) {
                runs.add(replicas.submit(() -> {
                    start.await();
                    return reminders.remindNext();
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get(30, TimeUnit.SECONDS);
            }
        } finally {
            replicas.shutdownNow();
        }
        await().during(QUIET).atMost(Notices.PATIENCE).until(() -> reminders(reportId).size() == 1);
    }

    @Test
    void noMoreThanTheMaximumNumberOfRemindersGo() {
        UUID reportId = UUID.randomUUID();
        Notices.deliveredNoticeFor(reportId, "DISPERKIM");
        for (int reminder = 1; reminder <= 3; reminder++) {
            TestClock.advance(Duration.ofDays(3));
            int expected = reminder;
            await().atMost(Notices.PATIENCE).until(() -> reminders(reportId).size() == expected);
        }
        TestClock.advance(Duration.ofDays(3));
        await().during(QUIET).atMost(Notices.PATIENCE).until(() -> reminders(reportId).size() == 3);
    }

    @Test
    void anOverdueRecommendationEscalatesToThePpkTheSekdaAndBkppdOnce() throws Exception {
        UUID reportId = UUID.randomUUID();
        SanctionRecommended recommended = SampleRecommendations.gasTaglinePost(reportId, "BKAD");
        Notices.topics().publish(SampleRecommendations.envelope(recommended));
        String noticeId = await().atMost(Notices.PATIENCE).until(() -> Notices.of(reportId),
                list -> "DELIVERED".equals(list.getString("[0].status"))).getString("[0].id");
        Callers.asOpdHead("BKAD").when().post("/api/v1/notifications/{id}/acknowledgement", noticeId)
                .then().statusCode(200);
        Callers.asOpdHead("BKAD").contentType(ContentType.JSON).body(Map.of("step", "SUMMONED",
                        "documentNumber", "800/31/BKAD/2024", "documentDate", Procedures.today().toString()))
                .when().post("/api/v1/notifications/{id}/follow-ups", noticeId)
                .then().statusCode(201);

        SanctionOverdue overdue = new SanctionOverdue(recommended.recommendationId(), reportId, "BKAD",
                SampleRecommendations.PPK_DUE, Instant.parse("2024-11-09T00:00:00Z"));
        Notices.topics().publish(overdue(overdue));
        // sanction-service marking it again (another event id) escalates nobody twice
        Notices.topics().publish(overdue(overdue));

        JsonPath escalations = await().atMost(Notices.PATIENCE).until(() -> Notices.of(reportId), list ->
                list.getList("findAll { it.kind == 'ESCALATION' && it.status == 'DELIVERED' }").size() == 3);
        assertThat(escalations.getList("findAll { it.kind == 'ESCALATION' }.recipientRole"))
                .containsExactlyInAnyOrder("PPK", "SEKDA", "BKPPD");
        assertThat(escalations.getList("findAll { it.kind == 'ESCALATION' }.address")).containsExactlyInAnyOrder(
                "walikota@kupangkota.example", "sekda@kupangkota.example", "kepala.bkppd@kupangkota.example");

        List<MimeMessage> mails = await().atMost(Notices.PATIENCE).until(
                () -> mailsTo("sekda@kupangkota.example", "Melewati batas waktu", reportId), list -> list.size() == 1);
        MimeMessage mail = mails.get(0);
        assertThat(mail.getSubject()).isEqualTo("Melewati batas waktu tindak lanjut rekomendasi sanksi atas "
                + "pelanggaran netralitas ASN (register " + Mails.register(reportId).orElseThrow() + ")");
        String body = Mails.text(mail);
        assertThat(body).contains("Yth. Sekretaris Daerah Kota Kupang",
                "yaitu Jumat, 8 November 2024, telah lewat",
                "Penerimaan surat dikonfirmasi pada",
                "  - pegawai telah dipanggil secara tertulis",
                "sesuai Pasal 28 Peraturan Pemerintah tersebut, atasan yang tidak melakukannya dijatuhi hukuman "
                        + "disiplin yang lebih berat",
                "Yth. Kepala Badan Keuangan dan Aset Daerah Kota Kupang",
                "Nama               : Yohanes Bria");
        assertThat(body.toLowerCase()).doesNotContain("pelapor");

        // the notice to the head, its three copies, and the three escalations
        List<NotificationDelivered> delivered = Notices.events(reportId, EventType.NOTIFICATION_DELIVERED, 7).stream()
                .map(event -> event.payload(NotificationDelivered.class))
                .filter(event -> event.kind().equals("ESCALATION")).toList();
        assertThat(delivered).extracting(NotificationDelivered::recipientRole)
                .containsExactlyInAnyOrder("PPK", "SEKDA", "BKPPD");
        await().during(QUIET).atMost(Notices.PATIENCE).until(() ->
                Notices.of(reportId).getList("findAll { it.kind == 'ESCALATION' }").size() == 3);
        // an escalation is for the city's leadership to act on: the OPD head does not even see it
        String toPpk = escalations.getString("find { it.recipientRole == 'PPK' }.id");
        Callers.asOpdHead("BKAD").when().post("/api/v1/notifications/{id}/acknowledgement", toPpk)
                .then().statusCode(404);
    }

    private static EventEnvelope overdue(SanctionOverdue overdue) {
        String key = overdue.reportId().toString();
        return new EventEnvelope(UUID.randomUUID(), EventType.SANCTION_OVERDUE, "/netral/sanction-service", key,
                Instant.now(), key, EventJson.write(overdue));
    }

    @Test
    void remindersStopOnceThePpkHasDecided() {
        UUID reportId = UUID.randomUUID();
        Notices.deliveredNoticeFor(reportId, "DP3A");
        UUID recommendationId = UUID.fromString(Notices.of(reportId).getString("[0].recommendationId"));
        String handled = "netral_inbound_events_total{outcome=\"handled\",type=\"SANCTION_DECIDED\"}";
        String service = io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port;
        double handledBefore = id.netral.infra.Metrics.value(service, handled, 0);
        String key = reportId.toString();
        Notices.topics().publish(new EventEnvelope(UUID.randomUUID(), EventType.SANCTION_DECIDED,
                "/netral/sanction-service", key, Instant.now(), key, EventJson.write(new SanctionDecided(
                recommendationId, reportId, "800/117/BKPPD/2024", java.time.LocalDate.of(2024, 10, 28), "B2",
                "walikota", Instant.now()))));
        await().atMost(Notices.PATIENCE).until(() -> id.netral.infra.Metrics.value(service, handled, 0) > handledBefore);

        TestClock.advance(Duration.ofDays(3).plusMinutes(1));
        await().during(QUIET).atMost(Notices.PATIENCE).until(() -> reminders(reportId).isEmpty());
    }

    @Test
    void aDissolvedOfficeIsNotReminded() {
        Callers.as(id.netral.events.access.Roles.ADMIN).contentType(ContentType.JSON).body(Map.of(
                        "code", "UPT-SEGERA-BUBAR", "name", "UPT yang segera dibubarkan", "head",
                        Map.of("title", "Kepala UPT Segera Bubar", "email", "kepala.upt-bubar@kupangkota.example")))
                .when().post("/api/v1/opds").then().statusCode(201);
        UUID reportId = UUID.randomUUID();
        Notices.deliveredNoticeFor(reportId, "UPT-SEGERA-BUBAR");
        Callers.as(id.netral.events.access.Roles.ADMIN).when().delete("/api/v1/opds/{code}", "UPT-SEGERA-BUBAR")
                .then().statusCode(200);

        TestClock.advance(Duration.ofDays(3).plusMinutes(1));
        await().during(QUIET).atMost(Notices.PATIENCE).until(() -> reminders(reportId).isEmpty());
    }

    private static List<Map<String, Object>> reminders(UUID reportId) {
        return Notices.of(reportId).getList("findAll { it.kind == 'REMINDER' }");
    }

    private static List<MimeMessage> mailsTo(String address, String subjectStart, UUID reportId) {
        return Mails.to(address, reportId).stream()
                .filter(mail -> Mails.subject(mail).startsWith(subjectStart)).toList();
    }

}

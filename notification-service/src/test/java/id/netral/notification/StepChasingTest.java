package id.netral.notification;

import id.netral.events.EventType;
import id.netral.events.NotificationDelivered;
import id.netral.infra.Callers;
import id.netral.infra.EmbeddedInfraResource;
import id.netral.kit.time.WorkingDays;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The PPK's decision not delivered to the civil servant in time: the PPK gets a reminder letter, then the PPK, the
 * Sekda and BKPPD an escalation naming BKN's blocking of the record; each once, and on the case's timeline.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "database", value = "notification"), @ResourceArg(name = "smtp", value = "true")})
class StepChasingTest {
    private static final Duration QUIET = Duration.ofSeconds(3);
    static final ZoneId KUPANG = ZoneId.of("Asia/Makassar");

    @Inject
    WorkingDays workingDays;

    @Test
    void anUndeliveredDecisionBringsThePpkAReminderThenTheLeadershipAnEscalationEachOnce() {
        UUID reportId = UUID.randomUUID();
        String noticeId = Notices.deliveredNoticeFor(reportId, "DISTAN");
        UUID recommendationId = UUID.fromString(Notices.of(reportId).getString("[0].recommendationId"));
        LocalDate decreed = Procedures.today().minusDays(60);
        Procedures.decide(reportId, recommendationId, decreed, "B2");
        LocalDate deliveryDue = workingDays.lastDay(decreed, 14);

        JsonPath reminded = await().atMost(Notices.PATIENCE).until(() -> Notices.of(reportId), list ->
                list.getList("findAll { it.kind == 'STEP_REMINDER' && it.status == 'DELIVERED' }").size() == 1);
        assertThat(reminded.getString("find { it.kind == 'STEP_REMINDER' }.recipientRole")).isEqualTo("PPK");
        String reminderId = reminded.getString("find { it.kind == 'STEP_REMINDER' }.id");
        MimeMessage reminder = mail("walikota@kupangkota.example", reportId, "Peringatan batas waktu");
        assertThat(Mails.subject(reminder)).isEqualTo("Peringatan batas waktu penyampaian keputusan Pejabat Pembina "
                + "Kepegawaian kepada pegawai dalam penanganan pelanggaran netralitas ASN (register "
                + Mails.register(reportId).orElseThrow() + ")");
        assertThat(Mails.text(reminder)).contains("Yth. Wali Kota Kupang selaku Pejabat Pembina Kepegawaian",
                "Menunjuk surat kami nomor " + Mails.letterNumber(noticeId),
                "oleh Pejabat Pembina Kepegawaian (PPK), yaitu " + day(deliveryDue),
                "tanpa tanda terima penyampaian keputusan yang tercatat",
                "Keputusan yang dimaksud: nomor 800/117/BKPPD/2024",
                "paling lama 14 hari kerja sejak ditetapkan")
                .doesNotContain("DECISION_DELIVERED", "STEP_REMINDER", "PPK_");

        // still not recorded three working days after the reminder: the leadership is told
        LocalDate recordBy = workingDays.lastDay(Procedures.today(), 3);
        TestClock.advance(Duration.between(TestClock.INSTANCE.instant(),
                recordBy.plusDays(1).atStartOfDay(KUPANG).toInstant()).plusMinutes(1));
        JsonPath escalated = await().atMost(Notices.PATIENCE).until(() -> Notices.of(reportId), list ->
                list.getList("findAll { it.kind == 'STEP_ESCALATION' && it.status == 'DELIVERED' }").size() == 3);
        assertThat(escalated.getList("findAll { it.kind == 'STEP_ESCALATION' }.recipientRole"))
                .containsExactlyInAnyOrder("PPK", "SEKDA", "BKPPD");
        MimeMessage escalation = mail("sekda@kupangkota.example", reportId, "Laporan penyampaian keputusan");
        assertThat(Mails.text(escalation)).contains("Yth. Sekretaris Daerah Kota Kupang",
                "meskipun telah diingatkan dengan surat nomor " + Mails.letterNumber(reminderId),
                "pemblokiran data kepegawaian", "Peraturan Badan Kepegawaian Negara Nomor 1 Tahun 2023");

        // sent once, whatever the polls that follow
        await().during(QUIET).atMost(Notices.PATIENCE).until(() -> {
            JsonPath all = Notices.of(reportId);
            return all.getList("findAll { it.kind == 'STEP_REMINDER' }").size() == 1
                    && all.getList("findAll { it.kind == 'STEP_ESCALATION' }").size() == 3;
        });
        // the case's timeline hears of them as a step's reminder and escalation, not the notice's
        List<String> kinds = await().atMost(Notices.PATIENCE).until(() -> Notices.eventsNow(reportId,
                        EventType.NOTIFICATION_DELIVERED).stream()
                .map(e -> e.payload(NotificationDelivered.class).kind()).toList(),
                list -> list.contains("STEP_REMINDER")
                        && list.stream().filter("STEP_ESCALATION"::equals).count() == 3);
        assertThat(kinds).doesNotContain("REMINDER", "ESCALATION");
    }

    @Test
    void aDeliveryRecordedInTimeIsNotChased() {
        UUID reportId = UUID.randomUUID();
        String noticeId = Notices.deliveredNoticeFor(reportId, "DP3A");
        UUID recommendationId = UUID.fromString(Notices.of(reportId).getString("[0].recommendationId"));
        Callers.asOpdHead("DP3A").when().post("/api/v1/notifications/{id}/acknowledgement", noticeId)
                .then().statusCode(200);
        LocalDate decreed = Procedures.today();
        Procedures.decide(reportId, recommendationId, decreed, "B2");
        await().atMost(Notices.PATIENCE).until(() -> Procedures.record("DP3A", noticeId, "DECISION_DELIVERED",
                "800/9/DP3A/2026", decreed).extract().statusCode() == 201);

        TestClock.advance(Duration.between(TestClock.INSTANCE.instant(),
                workingDays.lastDay(decreed, 14).plusDays(1).atStartOfDay(KUPANG).toInstant()).plusMinutes(1));
        await().during(QUIET).atMost(Notices.PATIENCE).until(() ->
                Notices.of(reportId).getList("findAll { it.kind == 'STEP_REMINDER' }").isEmpty());
    }

    /** A day as the letters write it, e.g. "Jumat, 8 November 2024". */
    static String day(LocalDate date) {
        return DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.forLanguageTag("id-ID")).format(date);
    }

    static MimeMessage mail(String address, UUID reportId, String subjectStart) {
        return await().atMost(Notices.PATIENCE).until(() -> Mails.to(address, reportId).stream()
                .filter(mail -> Mails.subject(mail).startsWith(subjectStart)).toList(), mails -> mails.size() == 1)
                .get(0);
    }
}

package id.netral.notification;

import id.netral.infra.Callers;
import id.netral.infra.EmbeddedInfraResource;
import id.netral.kit.time.WorkingDays;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The direct superior who does not summon in time gets a reminder letter citing their duty and liability (PP 94/2021
 * Pasal 26(1) and 28), then the PPK, the Sekda and BKPPD an escalation; a summons recorded in time is not chased. The
 * summons is due one working day after the notice here, so the clock moves by days, not weeks.
 */
@QuarkusTest
@TestProfile(OverdueSummonsTest.OneWorkingDay.class)
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "database", value = "notification"), @ResourceArg(name = "smtp", value = "true")})
class OverdueSummonsTest {
    private static final Duration QUIET = Duration.ofSeconds(3);

    public static class OneWorkingDay implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("netral.procedure.summons-within-working-days", "1",
                    "netral.procedure.escalate-after-working-days", "1");
        }
    }

    @Inject
    WorkingDays workingDays;

    @Test
    void aSuperiorWhoDoesNotSummonIsRemindedOfTheHeavierSanctionThenTheLeadershipIsTold() {
        UUID reportId = UUID.randomUUID();
        UUID inTime = UUID.randomUUID();
        Notices.deliveredNoticeFor(reportId, "DINSOS");
        String summonedId = Notices.deliveredNoticeFor(inTime, "DISARPUS");
        Callers.asOpdHead("DISARPUS").when().post("/api/v1/notifications/{id}/acknowledgement", summonedId)
                .then().statusCode(200);
        Procedures.record("DISARPUS", summonedId, "SUMMONED", "800/4/DISARPUS/2026", Procedures.today())
                .statusCode(201);
        LocalDate due = workingDays.lastDay(Procedures.today(), 1);

        moveTo(due.plusDays(1));
        JsonPath reminded = await().atMost(Notices.PATIENCE).until(() -> Notices.of(reportId), list ->
                list.getList("findAll { it.kind == 'STEP_REMINDER' && it.status == 'DELIVERED' }").size() == 1);
        assertThat(reminded.getString("find { it.kind == 'STEP_REMINDER' }.recipientRole")).isEqualTo("OPD_HEAD");
        MimeMessage reminder = StepChasingTest.mail("kepala.dinsos@kupangkota.example", reportId,
                "Peringatan batas waktu pemanggilan");
        assertThat(Mails.text(reminder)).contains("Yth. Kepala Dinas Sosial Kota Kupang",
                "batas waktu pemanggilan pegawai secara tertulis oleh atasan langsung, yaitu "
                        + StepChasingTest.day(due) + ", telah lewat tanpa surat panggilan yang tercatat.",
                "Sesuai Pasal 26 ayat (1) Peraturan Pemerintah Nomor 94 Tahun 2021",
                "sesuai Pasal 28 Peraturan Pemerintah tersebut, atasan yang tidak melakukannya dijatuhi hukuman "
                        + "disiplin yang lebih berat")
                .doesNotContain("SUMMONED", "DIRECT_SUPERIOR");

        LocalDate recordBy = workingDays.lastDay(Procedures.today(), 1);
        moveTo(recordBy.plusDays(1));
        JsonPath escalated = await().atMost(Notices.PATIENCE).until(() -> Notices.of(reportId), list ->
                list.getList("findAll { it.kind == 'STEP_ESCALATION' && it.status == 'DELIVERED' }").size() == 3);
        assertThat(escalated.getList("findAll { it.kind == 'STEP_ESCALATION' }.recipientRole"))
                .containsExactlyInAnyOrder("PPK", "SEKDA", "BKPPD");
        MimeMessage escalation = StepChasingTest.mail("walikota@kupangkota.example", reportId,
                "Laporan pemanggilan");
        assertThat(Mails.text(escalation)).contains("Pasal 28",
                "mempertimbangkan hukuman disiplin bagi atasan langsung yang tidak memanggil pegawai",
                "pemblokiran data kepegawaian");

        await().during(QUIET).atMost(Notices.PATIENCE).until(() -> {
            JsonPath all = Notices.of(reportId);
            return all.getList("findAll { it.kind == 'STEP_REMINDER' }").size() == 1
                    && all.getList("findAll { it.kind == 'STEP_ESCALATION' }").size() == 3
                    && Notices.of(inTime).getList("findAll { it.kind == 'STEP_REMINDER' }").isEmpty();
        });
    }

    /** Moves the service's clock to the start of {@code day} in Kupang, a minute past. */
    private static void moveTo(LocalDate day) {
        TestClock.advance(Duration.between(TestClock.INSTANCE.instant(),
                day.atStartOfDay(StepChasingTest.KUPANG).toInstant()).plusMinutes(1));
    }
}

package id.netral.notification;

import id.netral.events.EventEnvelope;
import id.netral.events.EventJson;
import id.netral.events.EventType;
import id.netral.events.SanctionOverdue;
import id.netral.events.SanctionRecommended;
import id.netral.events.access.Roles;
import id.netral.infra.Callers;
import id.netral.infra.EmbeddedInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * No notice, copy, escalation or reminder about a case reaches the accused, whichever office they head and whenever
 * they came to head it: the head is the one in office when each message is written. The standing offices keep their
 * mailboxes here (only the head's NIP changes), so "not to the accused" is "no letter of the case in that mailbox".
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "database", value = "notification"), @ResourceArg(name = "smtp", value = "true")})
class AccusedNeverReceivesTest {
    private static final Duration QUIET = Duration.ofSeconds(3);
    private static final String ESCALATION_SUBJECT = "Melewati batas waktu";

    @Test
    void aCaseAgainstTheHeadOfBkppdGoesToTheSekdaOnceAndNeverToBkppd() {
        String accused = "197205102000031004";
        JsonPath bkppd = office("BKPPD");
        String sekda = office("SETDA").getString("headEmail");
        appoint("BKPPD", bkppd, accused, null);
        try {
            UUID reportId = UUID.randomUUID();
            SanctionRecommended recommended = SampleRecommendations.gasTaglinePost(reportId, "BKPPD", accused,
                    "Kepala Badan");
            Notices.topics().publish(SampleRecommendations.envelope(recommended));
            JsonPath notices = await().atMost(Notices.PATIENCE).until(() -> Notices.of(reportId), list ->
                    list.getList("findAll { it.status == 'DELIVERED' }").size() == 3);
            assertThat(notices.getString("find { it.recipientRole == 'OPD_HEAD' }.recipientOffice"))
                    .isEqualTo("SETDA");
            // the copy to BKPPD would go to the Sekda, who has the notice itself: kept, not sent twice
            assertThat(notices.getString("find { it.recipientRole == 'BKPPD' }.status")).isEqualTo("WITHHELD");
            assertThat(notices.getString("find { it.recipientRole == 'BKPPD' }.recipientOffice")).isNull();
            assertThat(notices.getString("find { it.recipientRole == 'BKPPD' }.notSentReason"))
                    .contains("accused heads BKPPD", "SETDA");
            MimeMessage toSekda = await().atMost(Notices.PATIENCE).until(() -> Mails.to(sekda, reportId),
                    list -> list.size() == 1).get(0);
            // the letter's "Tembusan" names who the copies go to: not the accused's office
            assertThat(Mails.text(toSekda)).doesNotContain(bkppd.getString("headTitle"));

            Notices.topics().publish(overdue(recommended));
            JsonPath escalated = await().atMost(Notices.PATIENCE).until(() -> Notices.of(reportId), list ->
                    list.getList("findAll { it.kind == 'ESCALATION' && it.status == 'DELIVERED' }").size() == 2);
            assertThat(escalated.getString("find { it.kind == 'ESCALATION' && it.recipientRole == 'BKPPD' }.status"))
                    .isEqualTo("WITHHELD");
            await().during(QUIET).atMost(Notices.PATIENCE).until(() ->
                    Mails.to(bkppd.getString("headEmail"), reportId).isEmpty()
                            && Mails.to(sekda, reportId).size() == 2);
        } finally {
            appoint("BKPPD", bkppd, null, null);
        }
    }

    @Test
    void aCaseAgainstThePpkNeverReachesHimAndShowsAdminsThatNobodyWasTold() {
        String accused = "196811121990031005";
        JsonPath walikota = office("WALIKOTA");
        String mayorsMailbox = walikota.getString("headEmail");
        appoint("WALIKOTA", walikota, accused, null);
        try {
            UUID reportId = UUID.randomUUID();
            SanctionRecommended recommended = SampleRecommendations.gasTaglinePost(reportId, "WALIKOTA", accused,
                    "Penjabat Wali Kota");
            Notices.topics().publish(SampleRecommendations.envelope(recommended));
            JsonPath notices = await().atMost(Notices.PATIENCE).until(() -> Notices.of(reportId), list ->
                    list.getList("findAll { it.status == 'DELIVERED' }").size() == 2);
            // nobody in the city is the PPK's superior: neither his notice nor his copy goes, and admins see why
            for (String role : List.of("OPD_HEAD", "PPK")) {
                assertThat(notices.getString("find { it.recipientRole == '" + role + "' }.status"))
                        .isEqualTo("UNDELIVERABLE");
                assertThat(notices.getString("find { it.recipientRole == '" + role + "' }.undeliverableReason"))
                        .contains("accused heads WALIKOTA");
                assertThat(notices.getString("find { it.recipientRole == '" + role + "' }.lastFailure"))
                        .isEqualTo("OFFICE_NOT_IN_DIRECTORY");
            }
            assertThat(notices.getList("findAll { it.status == 'DELIVERED' }.recipientRole"))
                    .containsExactlyInAnyOrder("BKPPD", "INSPECTORATE");
            Notices.events(reportId, EventType.NOTIFICATION_FAILED, 2);

            Notices.topics().publish(overdue(recommended));
            JsonPath escalated = await().atMost(Notices.PATIENCE).until(() -> Notices.of(reportId), list ->
                    list.getList("findAll { it.kind == 'ESCALATION' && it.status == 'DELIVERED' }").size() == 2);
            assertThat(escalated.getString("find { it.kind == 'ESCALATION' && it.recipientRole == 'PPK' }.status"))
                    .isEqualTo("UNDELIVERABLE");
            await().during(QUIET).atMost(Notices.PATIENCE).until(() -> Mails.to(mayorsMailbox, reportId).isEmpty());
        } finally {
            appoint("WALIKOTA", walikota, null, null);
        }
    }

    @Test
    void theAccusedAppointedHeadAfterTheNoticeIsNotRemindedTheSekdaIs() {
        String accused = "198002202006041006";
        String accusedsMailbox = "calon.kepala.ujirotasia@kupangkota.example";
        addOffice("UJI-ROTASI-A", "kepala.ujirotasia@kupangkota.example", null);
        UUID reportId = UUID.randomUUID();
        Notices.topics().publish(SampleRecommendations.envelope(SampleRecommendations.gasTaglinePost(reportId,
                "UJI-ROTASI-A", accused, "Kepala Seksi")));
        await().atMost(Notices.PATIENCE).until(() -> "kepala.ujirotasia@kupangkota.example".equals(
                Notices.of(reportId).getString("find { it.recipientRole == 'OPD_HEAD' && it.status == 'DELIVERED' }"
                        + ".address")));
        // the accused takes the office over a day later, before the first reminder is due
        appoint("UJI-ROTASI-A", Map.of("title", "Kepala UPT Uji Rotasi A", "email", accusedsMailbox), accused,
                TestClock.INSTANCE.instant().plus(Duration.ofDays(1)));

        TestClock.advance(Duration.ofDays(3).plusMinutes(1));
        JsonPath reminded = await().atMost(Notices.PATIENCE).until(() -> Notices.of(reportId), list ->
                "DELIVERED".equals(list.getString("find { it.kind == 'REMINDER' }.status")));
        assertThat(reminded.getString("find { it.kind == 'REMINDER' }.recipientOffice")).isEqualTo("SETDA");
        await().during(QUIET).atMost(Notices.PATIENCE).until(() -> Mails.to(accusedsMailbox, reportId).isEmpty());
    }

    @Test
    void aHeadWhoLeftBlocksNobodyTheirSuccessorIsReminded() {
        String accused = "197706062003121007";
        String successor = "kepala.baru.ujirotasib@kupangkota.example";
        addOffice("UJI-ROTASI-B", "kepala.ujirotasib@kupangkota.example", accused);
        UUID reportId = UUID.randomUUID();
        Notices.topics().publish(SampleRecommendations.envelope(SampleRecommendations.gasTaglinePost(reportId,
                "UJI-ROTASI-B", accused, "Kepala UPT")));
        await().atMost(Notices.PATIENCE).until(() -> "SETDA".equals(Notices.of(reportId)
                .getString("find { it.recipientRole == 'OPD_HEAD' && it.status == 'DELIVERED' }.recipientOffice")));
        // the accused leaves the office a day later; their successor now answers for it
        appoint("UJI-ROTASI-B", Map.of("title", "Kepala UPT Uji Rotasi B", "email", successor), null,
                TestClock.INSTANCE.instant().plus(Duration.ofDays(1)));

        TestClock.advance(Duration.ofDays(3).plusMinutes(1));
        JsonPath reminded = await().atMost(Notices.PATIENCE).until(() -> Notices.of(reportId), list ->
                "DELIVERED".equals(list.getString("find { it.kind == 'REMINDER' }.status")));
        assertThat(reminded.getString("find { it.kind == 'REMINDER' }.recipientOffice")).isEqualTo("UJI-ROTASI-B");
        assertThat(reminded.getString("find { it.kind == 'REMINDER' }.address")).isEqualTo(successor);
        await().atMost(Notices.PATIENCE).until(() -> Mails.to(successor, reportId).size() == 1);
    }

    @Test
    void theAccusedAppointedHeadOfBkppdAfterTheNoticeGetsNoEscalation() {
        String accused = "198512122010011008";
        JsonPath bkppd = office("BKPPD");
        UUID reportId = UUID.randomUUID();
        SanctionRecommended recommended = SampleRecommendations.gasTaglinePost(reportId, "DINSOS", accused,
                "Sekretaris Dinas");
        Notices.topics().publish(SampleRecommendations.envelope(recommended));
        await().atMost(Notices.PATIENCE).until(() -> Notices.of(reportId),
                list -> "DELIVERED".equals(list.getString("find { it.recipientRole == 'BKPPD' }.status")));
        appoint("BKPPD", bkppd, accused, TestClock.INSTANCE.instant().plus(Duration.ofDays(1)));
        try {
            TestClock.advance(Duration.ofDays(1).plusMinutes(1));
            Notices.topics().publish(overdue(recommended));
            JsonPath escalated = await().atMost(Notices.PATIENCE).until(() -> Notices.of(reportId), list ->
                    list.getList("findAll { it.kind == 'ESCALATION' && it.status == 'DELIVERED' }").size() == 2);
            assertThat(escalated.getList("findAll { it.kind == 'ESCALATION' && it.status == 'DELIVERED' }"
                    + ".recipientOffice")).containsExactlyInAnyOrder("WALIKOTA", "SETDA");
            assertThat(escalated.getString("find { it.kind == 'ESCALATION' && it.recipientRole == 'BKPPD' }.status"))
                    .isEqualTo("WITHHELD");
            // the copy went before the appointment, to the head then; no escalation followed it
            await().during(QUIET).atMost(Notices.PATIENCE).until(() ->
                    Mails.to(bkppd.getString("headEmail"), reportId).stream()
                            .noneMatch(mail -> Mails.subject(mail).startsWith(ESCALATION_SUBJECT)));
        } finally {
            appoint("BKPPD", bkppd, null, null);
        }
    }

    private static JsonPath office(String code) {
        return Callers.as(Roles.ADMIN).when().get("/api/v1/opds/{code}", code).then().statusCode(200).extract()
                .jsonPath();
    }

    private static void appoint(String code, JsonPath office, String employeeId, Instant validFrom) {
        appoint(code, Map.of("title", office.getString("headTitle"), "email", office.getString("headEmail")),
                employeeId, validFrom);
    }

    /** A new head of the office, keeping its mailbox; with the NIP given, or none. */
    private static void appoint(String code, Map<String, String> head, String employeeId, Instant validFrom) {
        Map<String, Object> request = new HashMap<>(head);
        if (employeeId != null) {
            request.put("employeeId", employeeId);
        }
        // a moment of its own: two appointments of an office never take effect at the same instant
        request.put("validFrom", (validFrom == null ? TestClock.INSTANCE.instant() : validFrom)
                .truncatedTo(ChronoUnit.MICROS).toString());
        Callers.as(Roles.ADMIN).contentType(ContentType.JSON).body(request)
                .when().post("/api/v1/opds/{code}/heads", code).then().statusCode(201);
    }

    private static void addOffice(String code, String email, String employeeId) {
        Map<String, Object> head = new HashMap<>(Map.of("title", "Kepala UPT " + code, "email", email));
        if (employeeId != null) {
            head.put("employeeId", employeeId);
        }
        Callers.as(Roles.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "UPT " + code + " (uji)", "head", head))
                .when().post("/api/v1/opds").then().statusCode(201);
    }

    private static EventEnvelope overdue(SanctionRecommended recommended) {
        String key = recommended.reportId().toString();
        SanctionOverdue overdue = new SanctionOverdue(recommended.recommendationId(), recommended.reportId(),
                recommended.accused().opdCode(), SampleRecommendations.PPK_DUE, Instant.parse("2024-11-09T00:00:00Z"));
        return new EventEnvelope(UUID.randomUUID(), EventType.SANCTION_OVERDUE, "/netral/sanction-service", key,
                Instant.now(), key, EventJson.write(overdue));
    }
}

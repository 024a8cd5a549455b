package id.netral.notification;

import id.netral.events.EventEnvelope;
import id.netral.events.EventType;
import id.netral.events.FollowUpRecorded;
import id.netral.events.NotificationAcknowledged;
import id.netral.events.access.Roles;
import id.netral.infra.Callers;
import id.netral.infra.EmbeddedInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** The OPD head acknowledges a notice and records its follow-up; each reaches the case's timeline as an event. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "database", value = "notification"), @ResourceArg(name = "smtp", value = "true")})
class AcknowledgementTest {

    @Test
    void theHeadOfTheOpdAcknowledgesOnceAndNobodyElseCan() {
        UUID reportId = UUID.randomUUID();
        String id = Notices.deliveredNoticeFor(reportId, "DISPERKIM");

        Callers.asOpdHead("DINSOS").when().post("/api/v1/notifications/{id}/acknowledgement", id)
                .then().statusCode(404).contentType("application/problem+json");
        Callers.asOpdHead("DISPERKIM").when().post("/api/v1/notifications/{id}/acknowledgement", UUID.randomUUID())
                .then().statusCode(404);
        for (String role : List.of(Roles.PPK, Roles.PERSONNEL_OFFICER, Roles.ADMIN, Roles.AUDITOR)) {
            Callers.as(role).when().post("/api/v1/notifications/{id}/acknowledgement", id)
                    .then().statusCode(403).contentType("application/problem+json");
        }
        io.restassured.RestAssured.given().when().post("/api/v1/notifications/{id}/acknowledgement", id)
                .then().statusCode(401);
        assertThat(Notices.of(reportId).getString("[0].acknowledgedAt")).isNull();

        String acknowledgedAt = Callers.asOpdHead("DISPERKIM")
                .when().post("/api/v1/notifications/{id}/acknowledgement", id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("acknowledgedAt", notNullValue())
                .extract().path("acknowledgedAt");
        // a second press of the button is no second acknowledgement
        Callers.asOpdHead("DISPERKIM").when().post("/api/v1/notifications/{id}/acknowledgement", id)
                .then().statusCode(200)
                .body("acknowledgedAt", equalTo(acknowledgedAt));

        EventEnvelope event = Notices.events(reportId, EventType.NOTIFICATION_ACKNOWLEDGED, 1).get(0);
        NotificationAcknowledged acknowledged = event.payload(NotificationAcknowledged.class);
        assertThat(acknowledged.notificationId()).hasToString(id);
        assertThat(acknowledged.reportId()).isEqualTo(reportId);
        assertThat(acknowledged.opdCode()).isEqualTo("DISPERKIM");
        assertThat(acknowledged.acknowledgedAt()).isEqualTo(Instant.parse(acknowledgedAt));
        assertThat(acknowledged.acknowledgedBy()).isNotBlank();

        Callers.as(Roles.AUDITOR).queryParam("recordId", id).when().get("/api/v1/audit")
                .then().statusCode(200)
                .body("action", contains("notification.acknowledged"));
        // the outbox relay publishes in order; the other event was long published, so one means exactly one
        await().during(java.time.Duration.ofSeconds(2)).atMost(Notices.PATIENCE)
                .until(() -> Notices.eventsNow(reportId, EventType.NOTIFICATION_ACKNOWLEDGED).size() == 1);
    }

    @Test
    void theHeadRecordsEachFollowUpStepOnceAfterAcknowledging() {
        UUID reportId = UUID.randomUUID();
        String id = Notices.deliveredNoticeFor(reportId, "CAMAT-ALAK");
        String today = Procedures.today().toString();
        var head = Map.of("step", "SUMMONED", "note", "Dipanggil untuk diperiksa pada 4 November 2024",
                "documentNumber", "800/12/CAMAT-ALAK/2024", "documentDate", today);

        Callers.asOpdHead("CAMAT-ALAK").contentType(ContentType.JSON).body(head)
                .when().post("/api/v1/notifications/{id}/follow-ups", id)
                .then().statusCode(409).contentType("application/problem+json");
        Callers.asOpdHead("CAMAT-ALAK").when().post("/api/v1/notifications/{id}/acknowledgement", id)
                .then().statusCode(200);

        Callers.asOpdHead("CAMAT-OEBOBO").contentType(ContentType.JSON).body(head)
                .when().post("/api/v1/notifications/{id}/follow-ups", id)
                .then().statusCode(404);
        Callers.as(Roles.PPK).contentType(ContentType.JSON).body(head)
                .when().post("/api/v1/notifications/{id}/follow-ups", id)
                .then().statusCode(403);
        Callers.asOpdHead("CAMAT-ALAK").contentType(ContentType.JSON).body(Map.of("step", "DIPECAT"))
                .when().post("/api/v1/notifications/{id}/follow-ups", id)
                .then().statusCode(400).contentType("application/problem+json");
        Callers.asOpdHead("CAMAT-ALAK").contentType(ContentType.JSON).body(Map.of("note", "tanpa langkah"))
                .when().post("/api/v1/notifications/{id}/follow-ups", id)
                .then().statusCode(400).body("errors.field", contains("step"));
        Callers.asOpdHead("CAMAT-ALAK").contentType(ContentType.JSON)
                .body(Map.of("step", "SUMMONED", "note", "x".repeat(2001), "documentNumber", "1",
                        "documentDate", today))
                .when().post("/api/v1/notifications/{id}/follow-ups", id)
                .then().statusCode(400).body("errors.field", contains("note"));

        Callers.asOpdHead("CAMAT-ALAK").contentType(ContentType.JSON).body(head)
                .when().post("/api/v1/notifications/{id}/follow-ups", id)
                .then().statusCode(201)
                .body("step", equalTo("SUMMONED"))
                .body("actor", equalTo("DIRECT_SUPERIOR"))
                .body("documentNumber", equalTo("800/12/CAMAT-ALAK/2024"))
                .body("dueDate", notNullValue())
                .body("note", equalTo("Dipanggil untuk diperiksa pada 4 November 2024"));
        Callers.asOpdHead("CAMAT-ALAK").contentType(ContentType.JSON).body(head)
                .when().post("/api/v1/notifications/{id}/follow-ups", id)
                .then().statusCode(409);
        Callers.asOpdHead("CAMAT-ALAK").contentType(ContentType.JSON).body(Map.of("step",
                        "EXAMINATION_TEAM_FORMED", "documentNumber", "800/13/SETDA/2024", "documentDate", today))
                .when().post("/api/v1/notifications/{id}/follow-ups", id)
                .then().statusCode(201).body("actor", equalTo("PPK"));

        Callers.asOfficer().when().get("/api/v1/notifications/{id}/follow-ups", id)
                .then().statusCode(200)
                .body("step", contains("SUMMONED", "EXAMINATION_TEAM_FORMED"));
        Callers.asOpdHead("CAMAT-OEBOBO").when().get("/api/v1/notifications/{id}/follow-ups", id)
                .then().statusCode(404);

        List<EventEnvelope> events = Notices.events(reportId, EventType.FOLLOW_UP_RECORDED, 2);
        assertThat(events).hasSize(2);
        FollowUpRecorded first = events.get(0).payload(FollowUpRecorded.class);
        assertThat(first.notificationId()).hasToString(id);
        assertThat(first.opdCode()).isEqualTo("CAMAT-ALAK");
        assertThat(first.step()).isEqualTo("SUMMONED");
        assertThat(first.actor()).isEqualTo("DIRECT_SUPERIOR");
        assertThat(first.documentNumber()).isEqualTo("800/12/CAMAT-ALAK/2024");
        assertThat(first.documentDate()).isEqualTo(Procedures.today());
        assertThat(first.dueDate()).isAfter(first.documentDate());
        assertThat(first.note()).isEqualTo("Dipanggil untuk diperiksa pada 4 November 2024");
        assertThat(events.get(1).payload(FollowUpRecorded.class).note()).isNull();
    }

    @Test
    void theSignedLinkInTheMailAcknowledgesOnceWithoutLogin() {
        UUID reportId = UUID.randomUUID();
        String id = Notices.deliveredNoticeFor(reportId, "DINKES");
        String link = linkIn(reportId);
        assertThat(link).startsWith("http://localhost:8080/tanda-terima/" + id + "?expires=");
        String path = apiPath(link);

        // the console checks the link (as a mail filter would open it, this changes nothing)
        given().accept(ContentType.JSON).when().get(path).then().statusCode(200).contentType(ContentType.JSON)
                .body("notificationId", org.hamcrest.Matchers.equalTo(id))
                .body("kind", org.hamcrest.Matchers.equalTo("NOTICE"))
                .body("reportId", org.hamcrest.Matchers.equalTo(reportId.toString()))
                .body("opdCode", org.hamcrest.Matchers.equalTo("DINKES"))
                .body("expiresAt", org.hamcrest.Matchers.notNullValue())
                .body("acknowledgedAt", org.hamcrest.Matchers.nullValue());
        // a browser on the old link of a mail sent before the console took it over lands on the console's page
        given().accept(ContentType.HTML).redirects().follow(false).when().get(path).then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.equalTo(link));
        assertThat(Notices.of(reportId).getString("[0].acknowledgedAt")).isNull();
        String forged = path.substring(0, path.length() - 4) + "AAAA";
        given().accept(ContentType.JSON).when().get(forged).then().statusCode(403)
                .contentType("application/problem+json");
        given().when().post(forged).then().statusCode(403).contentType("application/problem+json");
        String otherExpiry = path.replaceFirst("expires=(\\d+)", "expires=9999999999");
        given().when().post(otherExpiry).then().statusCode(403);
        // a link cut short or edited by hand gets a clear answer, never a server error
        for (String hostile : new String[]{"9223372036854775807", "-9223372036854775808", "99999999999999999999",
                "besok", "", "%00"}) {
            String edited = path.replaceFirst("expires=(\\d+)", "expires=" + hostile);
            given().urlEncodingEnabled(false).accept(ContentType.JSON).when().get(edited).then()
                    .statusCode(org.hamcrest.Matchers.oneOf(400, 403)).contentType("application/problem+json");
            given().urlEncodingEnabled(false).when().post(edited).then()
                    .statusCode(org.hamcrest.Matchers.oneOf(400, 403)).contentType("application/problem+json");
        }
        String otherNotice = path.replace(id, UUID.randomUUID().toString());
        given().when().post(otherNotice).then().statusCode(403);

        given().accept(ContentType.JSON).when().post(path).then().statusCode(200).contentType(ContentType.JSON)
                .body("notificationId", org.hamcrest.Matchers.equalTo(id))
                .body("acknowledgedAt", org.hamcrest.Matchers.notNullValue());
        assertThat(Notices.of(reportId).getString("[0].acknowledgedBy")).isEqualTo("signed-link");
        NotificationAcknowledged acknowledged = Notices.events(reportId, EventType.NOTIFICATION_ACKNOWLEDGED, 1)
                .get(0).payload(NotificationAcknowledged.class);
        assertThat(acknowledged.acknowledgedBy()).isEqualTo("signed-link");
        // used once
        given().when().post(path).then().statusCode(410).contentType("application/problem+json");
        given().accept(ContentType.JSON).when().get(path).then().statusCode(410)
                .contentType("application/problem+json");
    }

    @Test
    void aBrowserStillShowingTheOldButtonAcknowledgesAndIsToldWhereToFollowUp() {
        UUID reportId = UUID.randomUUID();
        String id = Notices.deliveredNoticeFor(reportId, "DISDIK");
        String path = apiPath(linkIn(reportId));

        given().accept(ContentType.HTML).when().post(path).then().statusCode(200).contentType(ContentType.HTML)
                .body(org.hamcrest.Matchers.containsString("telah dikonfirmasi"))
                .body(org.hamcrest.Matchers.containsString("http://localhost:8080/opd/pemberitahuan/" + id));
        assertThat(Notices.of(reportId).getString("[0].acknowledgedBy")).isEqualTo("signed-link");
    }

    @Test
    void anExpiredLinkIsRefused() {
        UUID reportId = UUID.randomUUID();
        Notices.deliveredNoticeFor(reportId, "DISDUKCAPIL");
        String link = linkIn(reportId);
        TestClock.advance(java.time.Duration.ofDays(15));
        given().when().post(apiPath(link)).then().statusCode(403);
        assertThat(Notices.of(reportId).getString("[0].acknowledgedAt")).isNull();
    }

    private static String linkIn(UUID reportId) {
        String mail = await().atMost(Notices.PATIENCE).until(() -> Mails.about(reportId).stream()
                .map(Mails::text)
                .filter(text -> text.contains("/tanda-terima/")).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("(http\\S+/tanda-terima/\\S+)")
                .matcher(mail);
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    /** The API link behind the console's page: the same id, expiry and signature. */
    private static String apiPath(String consoleLink) {
        return "/api/v1/acknowledgement-links/" + consoleLink.substring(consoleLink.indexOf("/tanda-terima/")
                + "/tanda-terima/".length());
    }
}

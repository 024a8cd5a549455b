package id.netral.notification;

import id.netral.events.EventType;
import id.netral.events.NotificationDelivered;
import id.netral.events.NotificationFailed;
import id.netral.events.access.Roles;
import id.netral.infra.Callers;
import id.netral.infra.EmbeddedInfraResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** Signed webhooks to a real HTTP endpoint that fails at first: retries with back-off, signatures, no duplicates. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "database", value = "notification"), @ResourceArg(name = "smtp", value = "true")})
class WebhookDeliveryTest {
    private static final String SECRET = "rahasia-bersama-dishub-kota-kupang-2024";
    private static final String HEAD_OF_MAULAFA = "camat.maulafa@kupangkota.example";
    private static WebhookReceiver receiver;

    @Inject
    EntityManager entityManager;

    @BeforeAll
    static void startReceiver() {
        receiver = new WebhookReceiver();
    }

    /**
     * Every payload these tests made the service send (notices with and without the acknowledgement link, copies,
     * reminders, retries) has the published shape.
     */
    @AfterAll
    static void everyPayloadSentValidatesAgainstThePublishedSchema() {
        try {
            assertThat(receiver.requests()).isNotEmpty().allSatisfy(request ->
                    assertThat(NoticeSchema.violations(request.body())).as(request.body()).isEmpty());
        } finally {
            receiver.close();
        }
    }

    @Test
    void aWebhookThatFailsTwiceIsRetriedWithBackOffSignedAndAcceptedExactlyOnce() {
        receiver.failing(2);
        String url = receiver.url("/netral/dishub");
        giveWebhook("DISHUB", url);
        UUID reportId = UUID.randomUUID();
        String id = Notices.deliveredNoticeFor(reportId, "DISHUB");

        JsonPath notice = await().atMost(Notices.PATIENCE).until(() -> notice(id),
                n -> "DELIVERED".equals(n.getString("webhook.status")));
        assertThat(notice.getInt("webhook.attempts")).isEqualTo(3);
        assertThat(notice.getString("webhook.url")).isEqualTo(url);
        assertThat(notice.getString("$")).doesNotContain(SECRET);

        List<WebhookReceiver.Request> requests = requestsTo(reportId);
        assertThat(requests).extracting(WebhookReceiver.Request::answered).containsExactly(503, 503, 200);
        // exponential back-off: 200 ms, then at least 400 ms (test profile)
        assertThat(requests.get(1).receivedAtMillis() - requests.get(0).receivedAtMillis()).isGreaterThanOrEqualTo(200);
        assertThat(requests.get(2).receivedAtMillis() - requests.get(1).receivedAtMillis()).isGreaterThanOrEqualTo(400);
        for (WebhookReceiver.Request request : requests) {
            assertThat(request.signature()).isEqualTo("v1=" + hmac(SECRET, request.timestamp() + "." + request.body()));
            assertThat(request.contentType()).isEqualTo("application/json");
        }
        // one message: the same idempotency key and the same body on every attempt
        assertThat(requests).extracting(WebhookReceiver.Request::idempotencyKey).containsOnly(
                requests.get(0).idempotencyKey());
        assertThat(requests).extracting(WebhookReceiver.Request::body).containsOnly(requests.get(0).body());
        JsonPath body = JsonPath.from(requests.get(0).body());
        assertThat(body.getString("deliveryId")).isEqualTo(requests.get(0).idempotencyKey());
        assertThat(body.getString("notificationId")).isEqualTo(id);
        assertThat(body.getString("opdCode")).isEqualTo("DISHUB");
        assertThat(body.getString("recipientRole")).isEqualTo("OPD_HEAD");
        assertThat(body.getString("kind")).isEqualTo("NOTICE");
        assertThat(body.getString("subject")).startsWith("Rekomendasi sanksi atas pelanggaran netralitas ASN (register ")
                .doesNotContain("Yohanes Bria");
        assertThat(body.getString("body")).contains("Yth. Kepala Dinas Perhubungan Kota Kupang");
        assertThat(requests.get(0).body().toLowerCase()).doesNotContain("pelapor");

        Callers.as(Roles.ADMIN).when().get("/api/v1/notifications/{id}/attempts", id)
                .then().statusCode(200)
                .body("findAll { it.channel == 'WEBHOOK' }.detail", contains(
                        "WebhookFailure: the endpoint answered HTTP 503",
                        "WebhookFailure: the endpoint answered HTTP 503", null));
        // the head sees what kind of failure each was, not what their endpoint's software answered
        JsonPath attempts = Callers.asOpdHead("DISHUB").when().get("/api/v1/notifications/{id}/attempts", id)
                .then().statusCode(200).extract().jsonPath();
        assertThat(attempts.getList("findAll { it.channel == 'WEBHOOK' }.succeeded"))
                .containsExactly(false, false, true);
        assertThat(attempts.getList("findAll { it.channel == 'WEBHOOK' }.category"))
                .containsExactly("WEBHOOK_REFUSED", "WEBHOOK_REFUSED", null);
        assertThat(attempts.getList("findAll { it.detail != null }")).isEmpty();
        assertThat(attempts.getList("findAll { it.channel == 'EMAIL' }.succeeded")).containsExactly(true);
        Callers.asOpdHead("DINSOS").when().get("/api/v1/notifications/{id}/attempts", id)
                .then().statusCode(404);

        // the head's notice by both channels, and the three copies by e-mail
        List<NotificationDelivered> delivered = Notices.events(reportId, EventType.NOTIFICATION_DELIVERED, 5).stream()
                .map(event -> event.payload(NotificationDelivered.class))
                .filter(event -> event.recipientRole().equals("OPD_HEAD")).toList();
        assertThat(delivered).extracting(NotificationDelivered::channel).containsExactlyInAnyOrder("EMAIL", "WEBHOOK");

        // a delivered webhook is never sent again, not by the poll and not by an admin
        Callers.as(Roles.ADMIN).when().post("/api/v1/notifications/{id}/redelivery", id)
                .then().statusCode(409).contentType("application/problem+json");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> requestsTo(reportId).size() == 3);
    }

    /** The ids of the case's notices whose delivery failed on the channel, as the admin's page asks for them. */
    private static List<String> failedDeliveries(UUID reportId, String channel) {
        return Callers.as(Roles.ADMIN).queryParam("reportId", reportId.toString())
                .queryParam("failedChannel", channel).when().get("/api/v1/notifications/page")
                .then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    @Test
    void aWebhookThatKeepsFailingIsGivenUpVisiblyAndAnAdminQueuesItAgain() {
        receiver.failing(3);
        giveWebhook("DISTAN", receiver.url("/netral/distan"));
        UUID reportId = UUID.randomUUID();
        String id = Notices.deliveredNoticeFor(reportId, "DISTAN");

        JsonPath failedNotice = await().atMost(Notices.PATIENCE).until(() -> notice(id),
                n -> "FAILED".equals(n.getString("webhook.status")));
        assertThat(failedNotice.getInt("webhook.attempts")).isEqualTo(3);
        assertThat(failedNotice.getString("webhook.lastFailure")).isEqualTo("WEBHOOK_REFUSED");
        assertThat(failedNotice.getMap("webhook")).doesNotContainKey("lastError");
        NotificationFailed failed = Notices.events(reportId, EventType.NOTIFICATION_FAILED, 1).get(0)
                .payload(NotificationFailed.class);
        assertThat(failed.category()).isEqualTo("WEBHOOK_REFUSED");
        assertThat(failed.reason()).isEqualTo("Alamat webhook kantor menolak pemberitahuan");
        assertThat(failed.channel()).isEqualTo("WEBHOOK");
        assertThat(failed.notificationId()).hasToString(id);

        // the notice went by e-mail too, which delivered it: its status says DELIVERED, so the admin's list of
        // failed deliveries finds the webhook by its channel
        await().atMost(Notices.PATIENCE).until(() -> "DELIVERED".equals(notice(id).getString("status")));
        assertThat(failedDeliveries(reportId, "WEBHOOK")).containsExactly(id);
        assertThat(failedDeliveries(reportId, "EMAIL")).isEmpty();
        assertThat(Callers.as(Roles.ADMIN).queryParam("reportId", reportId.toString()).queryParam("status", "FAILED")
                .when().get("/api/v1/notifications/page").then().statusCode(200).extract().jsonPath()
                .getList("items.id")).isEmpty();
        Callers.as(Roles.ADMIN).queryParam("failedChannel", "SMS").when().get("/api/v1/notifications/page")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("failedChannel"));

        Callers.asOfficer().when().post("/api/v1/notifications/{id}/redelivery", id).then().statusCode(403);
        Callers.asOpdHead("DISTAN").when().post("/api/v1/notifications/{id}/redelivery", id).then().statusCode(403);
        Callers.as(Roles.ADMIN).when().post("/api/v1/notifications/{id}/redelivery", UUID.randomUUID())
                .then().statusCode(404);
        Callers.as(Roles.ADMIN).when().post("/api/v1/notifications/{id}/redelivery", id)
                .then().statusCode(200)
                .body("webhook.status", equalTo("PENDING"))
                .body("status", equalTo("DELIVERED"));

        await().atMost(Notices.PATIENCE).until(() -> notice(id),
                n -> "DELIVERED".equals(n.getString("webhook.status")));
        assertThat(requestsTo(reportId)).extracting(WebhookReceiver.Request::answered)
                .containsExactly(503, 503, 503, 200);
        Callers.as(Roles.AUDITOR).queryParam("recordId", id).when().get("/api/v1/audit")
                .then().statusCode(200)
                .body("action", org.hamcrest.Matchers.hasItem("notification.requeued"));
    }

    @Test
    void aSlowEndpointDoesNotHoldBackTheEmails() {
        giveWebhook("CAMAT-KELAPA-LIMA", receiver.url("/netral/kelapa-lima"));
        giveWebhook("DISDIK", receiver.url("/netral/disdik"));
        receiver.slow();
        try {
            UUID slowCase = UUID.randomUUID();
            UUID otherSlowCase = UUID.randomUUID();
            Notices.topics().publish(SampleRecommendations.envelope(
                    SampleRecommendations.gasTaglinePost(slowCase, "CAMAT-KELAPA-LIMA")));
            Notices.topics().publish(SampleRecommendations.envelope(
                    SampleRecommendations.gasTaglinePost(otherSlowCase, "DISDIK")));
            // the endpoint holds the first webhook; every other one waits behind it
            await().atMost(Notices.PATIENCE).until(() -> !requestsTo(slowCase).isEmpty()
                    || !requestsTo(otherSlowCase).isEmpty());

            UUID reportId = UUID.randomUUID();
            Notices.topics().publish(SampleRecommendations.envelope(
                    SampleRecommendations.gasTaglinePost(reportId, "DPMPTSP")));
            Duration wellWithinTheHold = WebhookReceiver.LONGEST_HOLD.dividedBy(2);
            await().atMost(wellWithinTheHold).until(() -> Mails.about(reportId).size() == 4);
            assertThat(Notices.of(reportId).getString("find { it.recipientRole == 'OPD_HEAD' }.status"))
                    .isEqualTo("DELIVERED");
        } finally {
            receiver.answer();
        }
    }

    @Test
    void aSlowEndpointDoesNotHoldBackAnotherOfficesWebhook() {
        try (WebhookReceiver other = new WebhookReceiver()) {
            giveWebhook("KESBANGPOL", receiver.url("/netral/kesbangpol"));
            giveWebhook("BKAD", other.url("/netral/bkad"));
            receiver.slow();
            try {
                UUID heldCase = UUID.randomUUID();
                Notices.topics().publish(SampleRecommendations.envelope(
                        SampleRecommendations.gasTaglinePost(heldCase, "KESBANGPOL")));
                await().atMost(Notices.PATIENCE).until(() -> receiver.holding() == 1);

                // several webhooks are sent at a time: the other office's does not queue behind the held one
                UUID reportId = UUID.randomUUID();
                Notices.topics().publish(SampleRecommendations.envelope(
                        SampleRecommendations.gasTaglinePost(reportId, "BKAD")));
                await().atMost(WebhookReceiver.LONGEST_HOLD.dividedBy(2)).until(() -> other.requests().stream()
                        .anyMatch(request -> request.body().contains(reportId.toString()) && request.answered() == 200));
            } finally {
                receiver.answer();
            }
        }
    }

    @Test
    void anEndpointOnAnInternalAddressThatIsNotAllowListedIsRefusedWithoutAnyRequest() {
        // loopback, but not the allow-listed 127.0.0.1: as if a partner's name resolved into the city's network
        giveWebhook("DISARPUS", "http://127.0.0.2:" + receiver.port() + "/netral/disarpus");
        UUID reportId = UUID.randomUUID();
        String id = Notices.deliveredNoticeFor(reportId, "DISARPUS");

        JsonPath notice = await().atMost(Notices.PATIENCE).until(() -> notice(id),
                n -> "FAILED".equals(n.getString("webhook.status")));
        assertThat(notice.getInt("webhook.attempts")).isEqualTo(1);
        assertThat(notice.getString("webhook.lastFailure")).isEqualTo("WEBHOOK_ADDRESS_NOT_ALLOWED");
        Callers.as(Roles.ADMIN).when().get("/api/v1/notifications/{id}", id).then().statusCode(200)
                .body("webhook.lastError", equalTo("refused: the webhook host 127.0.0.2 resolves to the internal "
                        + "address 127.0.0.2, which is not allow-listed"));
        assertThat(requestsTo(reportId)).isEmpty();
    }

    @Test
    void anOpdHeadWhoPrefersTheWebhookGetsTheNoticeAndItsLinkThereAndNoEmail() {
        receiver.failing(0);
        giveWebhook("CAMAT-MAULAFA", receiver.url("/netral/maulafa"));
        preferChannels("CAMAT-MAULAFA", "WEBHOOK");
        UUID reportId = UUID.randomUUID();
        Notices.topics().publish(SampleRecommendations.envelope(
                SampleRecommendations.gasTaglinePost(reportId, "CAMAT-MAULAFA")));

        JsonPath notices = await().atMost(Notices.PATIENCE).until(() -> Notices.of(reportId),
                list -> "DELIVERED".equals(list.getString("[0].webhook.status")));
        String id = notices.getString("[0].id");
        JsonPath notice = notice(id);
        assertThat(notice.getString("status")).isEqualTo("DELIVERED");
        assertThat(notice.getString("address")).isNull();
        assertThat(notice.getInt("attempts")).isZero();
        JsonPath attempts = Callers.asOfficer().when().get("/api/v1/notifications/{id}/attempts", id)
                .then().statusCode(200).extract().jsonPath();
        assertThat(attempts.getList("channel")).containsExactly("WEBHOOK");
        assertThat(attempts.getList("succeeded")).containsExactly(true);
        assertThat(Mails.to(HEAD_OF_MAULAFA, reportId)).isEmpty();
        // the PPK, BKPPD and the Inspectorate still get their copies, by their own channel (e-mail)
        assertThat(await().atMost(Notices.PATIENCE).until(() -> Mails.about(reportId), mails -> mails.size() == 3))
                .extracting(Mails::to).containsExactlyInAnyOrder("walikota@kupangkota.example",
                        "kepala.bkppd@kupangkota.example", "kepala.inspektorat@kupangkota.example");
        List<NotificationDelivered> delivered = Notices.events(reportId, EventType.NOTIFICATION_DELIVERED, 4).stream()
                .map(event -> event.payload(NotificationDelivered.class))
                .filter(event -> event.recipientRole().equals("OPD_HEAD")).toList();
        assertThat(delivered).extracting(NotificationDelivered::channel).containsExactly("WEBHOOK");

        // the reminder goes the same way: by webhook, with no e-mail
        TestClock.advance(Duration.ofDays(3).plusMinutes(1));
        String reminderId = await().atMost(Notices.PATIENCE).until(() -> Notices.of(reportId),
                list -> "DELIVERED".equals(list.getString("find { it.kind == 'REMINDER' }.webhook.status")))
                .getString("find { it.kind == 'REMINDER' }.id");
        // read again: the list reads a notice and its webhook one after the other, and the delivery may commit between
        assertThat(notice(reminderId).getString("status")).isEqualTo("DELIVERED");
        assertThat(Callers.asOfficer().when().get("/api/v1/notifications/{id}/attempts", reminderId)
                .then().statusCode(200).extract().jsonPath().getList("channel")).containsExactly("WEBHOOK");
        assertThat(Mails.to(HEAD_OF_MAULAFA, reportId)).isEmpty();

        // the acknowledgement link an e-mail would carry comes in the webhook, and acknowledges
        List<WebhookReceiver.Request> requests = requestsTo(reportId);
        assertThat(requests).extracting(request -> JsonPath.from(request.body()).getString("notificationId"))
                .containsExactly(id, reminderId);
        assertThat(requests).extracting(request -> JsonPath.from(request.body()).getString("kind"))
                .containsExactly("NOTICE", "REMINDER");
        String link = JsonPath.from(requests.get(0).body()).getString("acknowledgementLink");
        assertThat(link).startsWith("http://localhost:8081/api/v1/acknowledgement-links/" + id + "?expires=");
        given().when().post(link.substring(link.indexOf("/api/"))).then().statusCode(200);
        assertThat(notice(id).getString("acknowledgedBy")).isEqualTo("signed-link");
    }

    @Test
    void anOpdHeadWhoPrefersEmailGetsNoWebhookCallThoughTheOpdHasOne() {
        receiver.failing(0);
        giveWebhook("CAMAT-KOTA-RAJA", receiver.url("/netral/kota-raja"));
        preferChannels("CAMAT-KOTA-RAJA", "EMAIL");
        UUID reportId = UUID.randomUUID();
        String id = Notices.deliveredNoticeFor(reportId, "CAMAT-KOTA-RAJA");

        JsonPath notice = notice(id);
        assertThat(notice.getString("webhook")).isNull();
        assertThat(notice.getString("address")).isEqualTo("camat.kotaraja@kupangkota.example");
        JsonPath attempts = Callers.asOfficer().when().get("/api/v1/notifications/{id}/attempts", id)
                .then().statusCode(200).extract().jsonPath();
        assertThat(attempts.getList("channel")).containsExactly("EMAIL");
        assertThat(Mails.about(reportId)).isNotEmpty();
        assertThat(requestsTo(reportId)).isEmpty();
    }

    @Test
    void aStandingRecipientWhoPrefersTheWebhookGetsItsCopyThereSignedWithItsOwnSecret() {
        receiver.failing(0);
        String bkppdSecret = "rahasia-badan-kepegawaian-kota-kupang-2024";
        Callers.as(Roles.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url("/netral/bkppd"), "secret", bkppdSecret))
                .when().put("/api/v1/opds/{code}/webhook", "BKPPD").then().statusCode(200);
        try {
            preferChannels("BKPPD", "WEBHOOK");
            UUID reportId = UUID.randomUUID();
            Notices.deliveredNoticeFor(reportId, "DLHK");

            JsonPath copy = await().atMost(Notices.PATIENCE).until(() -> Notices.of(reportId),
                    list -> "DELIVERED".equals(list.getString("find { it.recipientRole == 'BKPPD' }.status")));
            assertThat(copy.getString("find { it.recipientRole == 'BKPPD' }.recipientOffice")).isEqualTo("BKPPD");
            assertThat(copy.getString("find { it.recipientRole == 'BKPPD' }.address")).isNull();
            WebhookReceiver.Request request = await().atMost(Notices.PATIENCE)
                    .until(() -> requestsTo(reportId), list -> !list.isEmpty()).get(0);
            assertThat(request.signature())
                    .isEqualTo("v1=" + hmac(bkppdSecret, request.timestamp() + "." + request.body()));
            JsonPath body = JsonPath.from(request.body());
            assertThat(body.getString("recipientRole")).isEqualTo("BKPPD");
            assertThat(body.getString("opdCode")).isEqualTo("DLHK");
            assertThat(body.getString("subject")).startsWith("Tembusan: Rekomendasi sanksi atas pelanggaran netralitas ASN");
            // a copy is not the head's to acknowledge: no link travels with it
            assertThat(body.getString("acknowledgementLink")).isNull();
            assertThat(Mails.to("kepala.bkppd@kupangkota.example", reportId)).isEmpty();
            assertThat(Mails.to("kepala.dlhk@kupangkota.example", reportId)).hasSize(1);
        } finally {
            Callers.as(Roles.ADMIN).when().delete("/api/v1/opds/{code}/webhook", "BKPPD").then().statusCode(200);
        }
    }

    private static void preferChannels(String opdCode, String preference) {
        Callers.as(Roles.ADMIN).contentType(ContentType.JSON).body(Map.of("preference", preference))
                .when().put("/api/v1/opds/{code}/channels", opdCode)
                .then().statusCode(200).body("channelPreference", equalTo(preference));
    }

    private void giveWebhook(String opdCode, String url) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "UPDATE opd SET webhook_url = :url, webhook_secret = :secret WHERE code = :code")
                .setParameter("url", url).setParameter("secret", SECRET).setParameter("code", opdCode)
                .executeUpdate());
    }

    private static JsonPath notice(String id) {
        return Callers.asOfficer().when().get("/api/v1/notifications/{id}", id)
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<WebhookReceiver.Request> requestsTo(UUID reportId) {
        return receiver.requests().stream().filter(request -> request.body().contains(reportId.toString())).toList();
    }

    private static String hmac(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

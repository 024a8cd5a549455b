package id.netral.notification;

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

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/**
 * Netral's webhooks checked the way a partner checks them: by a receiver that verifies the Standard Webhooks signature
 * with code written from the spec ({@link StandardWebhooksVerifier}, no call into the service's signing), and answers
 * 401 to what does not verify, so a wrong signature shows as a failed delivery. Every body it gets is validated against
 * the published JSON Schema.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "database", value = "notification"), @ResourceArg(name = "smtp", value = "true")})
class StandardWebhooksTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static WebhookReceiver receiver;

    @Inject
    EntityManager entityManager;

    @BeforeAll
    static void startReceiver() {
        receiver = new WebhookReceiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @Test
    void anIndependentStandardWebhooksReceiverVerifiesEveryAttemptUnderOneStableWebhookId() {
        String secret = StandardWebhooksVerifier.whsec(randomKey(32));
        setWebhook("LURAH-AIRMATA", "/netral/airmata", secret);
        try {
            receiver.verifying(new StandardWebhooksVerifier(TestClock.INSTANCE, secret)).failing(1);
            UUID reportId = UUID.randomUUID();
            Notices.topics().publish(SampleRecommendations.envelope(
                    SampleRecommendations.gasTaglinePost(reportId, "LURAH-AIRMATA")));
            JsonPath notice = await().atMost(Notices.PATIENCE).until(() -> Notices.of(reportId),
                    list -> "DELIVERED".equals(list.getString("[0].webhook.status")));
            assertThat(notice.getInt("[0].webhook.attempts")).isEqualTo(2);

            // verified both times (a refused signature would have been answered 401), the second taken
            List<WebhookReceiver.Request> requests = requestsAbout(reportId);
            assertThat(requests).extracting(WebhookReceiver.Request::answered).containsExactly(503, 200);
            WebhookReceiver.Request first = requests.get(0);
            // one message: the id a receiver deduplicates by is the same on the retry, and is the payload's deliveryId
            assertThat(requests).extracting(WebhookReceiver.Request::webhookId).containsOnly(first.webhookId());
            assertThat(JsonPath.from(first.body()).getString("deliveryId")).isEqualTo(first.webhookId());
            assertThat(JsonPath.from(first.body()).getString("kind")).isEqualTo("NOTICE");
            assertThat(first.webhookSignature()).startsWith("v1,").doesNotContain(" ");
            // the attempt's own time, in unix seconds, a new one on the retry
            assertThat(Long.parseLong(requests.get(1).webhookTimestamp()))
                    .isBetween(Long.parseLong(first.webhookTimestamp()), TestClock.INSTANCE.instant().getEpochSecond());
            assertThat(requests).allSatisfy(request -> assertThat(NoticeSchema.violations(request.body())).isEmpty());

            // what the receiver's check refuses: a request replayed late, or from too far ahead, a changed body, a
            // changed id, a signature under another secret
            Duration beyond = StandardWebhooksVerifier.TOLERANCE.plusSeconds(60);
            Duration within = StandardWebhooksVerifier.TOLERANCE.minusSeconds(60);
            assertThat(verify(first, Clock.offset(TestClock.INSTANCE, beyond), secret)).contains(
                    "webhook-timestamp is outside the tolerance");
            assertThat(verify(first, Clock.offset(TestClock.INSTANCE, beyond.negated()), secret)).contains(
                    "webhook-timestamp is outside the tolerance");
            assertThat(verify(first, Clock.offset(TestClock.INSTANCE, within), secret)).isEmpty();
            StandardWebhooksVerifier verifier = new StandardWebhooksVerifier(TestClock.INSTANCE, secret);
            assertThat(verifier.refusal(first.webhookId(), first.webhookTimestamp(), first.webhookSignature(),
                    first.body().replace("LURAH-AIRMATA", "LURAH-AIRNONA"))).contains("no v1 signature matches");
            assertThat(verifier.refusal(UUID.randomUUID().toString(), first.webhookTimestamp(),
                    first.webhookSignature(), first.body())).contains("no v1 signature matches");
            assertThat(verify(first, TestClock.INSTANCE, StandardWebhooksVerifier.whsec(randomKey(32))))
                    .contains("no v1 signature matches");
        } finally {
            removeWebhook("LURAH-AIRMATA");
        }
    }

    @Test
    void aSecretGivenAsPlainTextBeforeIsTheKeyAsItsUtf8BytesAndTheOldHeadersStillGoAlong() {
        String plain = "rahasia-kelurahan-bello-kota-kupang-2024";
        setWebhook("LURAH-BELLO", "/netral/bello", plain);
        try {
            // what the office hands its receiver: whsec_ and the base64 of the text's bytes
            String whsec = StandardWebhooksVerifier.whsec(plain.getBytes(StandardCharsets.UTF_8));
            receiver.verifying(new StandardWebhooksVerifier(TestClock.INSTANCE, whsec)).failing(0);
            UUID reportId = UUID.randomUUID();
            Notices.topics().publish(SampleRecommendations.envelope(
                    SampleRecommendations.gasTaglinePost(reportId, "LURAH-BELLO")));
            await().atMost(Notices.PATIENCE).until(() -> Notices.of(reportId),
                    list -> "DELIVERED".equals(list.getString("[0].webhook.status")));
            WebhookReceiver.Request request = requestsAbout(reportId).get(0);
            assertThat(request.answered()).isEqualTo(200);
            // deprecated, for receivers not yet moved over: the same id and time under the old names
            assertThat(request.idempotencyKey()).isEqualTo(request.webhookId());
            assertThat(request.timestamp()).isEqualTo(request.webhookTimestamp());
            assertThat(request.signature()).startsWith("v1=");
        } finally {
            removeWebhook("LURAH-BELLO");
        }
    }

    @Test
    void aReplacedSecretSignsAlongsideTheNewOneUntilItsWindowEndsSoTheReceiverMaySwitchAtAnyMoment() {
        String old = StandardWebhooksVerifier.whsec(randomKey(32));
        String current = StandardWebhooksVerifier.whsec(randomKey(24));
        setWebhook("LURAH-BONIPOI", "/netral/bonipoi", old);
        setWebhook("LURAH-BONIPOI", "/netral/bonipoi", current);
        try {
            // a receiver that still has the old secret takes the request, and so does one that already switched
            receiver.verifying(new StandardWebhooksVerifier(TestClock.INSTANCE, old)).failing(0);
            UUID beforeSwitch = UUID.randomUUID();
            WebhookReceiver.Request twice = deliveredTo("LURAH-BONIPOI", beforeSwitch);
            assertThat(twice.answered()).isEqualTo(200);
            assertThat(twice.webhookSignature().split(" ")).hasSize(2).allSatisfy(entry -> assertThat(entry)
                    .startsWith("v1,"));
            assertThat(verify(twice, TestClock.INSTANCE, current)).isEmpty();

            receiver.verifying(new StandardWebhooksVerifier(TestClock.INSTANCE, current));
            assertThat(deliveredTo("LURAH-BONIPOI", UUID.randomUUID()).answered()).isEqualTo(200);

            // once the window is over only the new secret signs: a receiver left on the old one refuses
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                            "UPDATE opd SET webhook_previous_secret_until = TIMESTAMPTZ '2000-01-01 00:00Z' "
                                    + "WHERE code = 'LURAH-BONIPOI'").executeUpdate());
            receiver.verifying(new StandardWebhooksVerifier(TestClock.INSTANCE, old));
            UUID afterWindow = UUID.randomUUID();
            Notices.topics().publish(SampleRecommendations.envelope(
                    SampleRecommendations.gasTaglinePost(afterWindow, "LURAH-BONIPOI")));
            JsonPath failed = await().atMost(Notices.PATIENCE).until(() -> Notices.of(afterWindow),
                    list -> "FAILED".equals(list.getString("[0].webhook.status")));
            assertThat(failed.getString("[0].webhook.lastFailure")).isEqualTo("WEBHOOK_REFUSED");
            WebhookReceiver.Request once = requestsAbout(afterWindow).get(0);
            assertThat(once.answered()).isEqualTo(401);
            assertThat(once.webhookSignature()).doesNotContain(" ");
            assertThat(verify(once, TestClock.INSTANCE, current)).isEmpty();
        } finally {
            removeWebhook("LURAH-BONIPOI");
        }
        // removing the webhook leaves no secret of it behind, the replaced one neither
        Object[] secrets = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                "SELECT webhook_secret, webhook_previous_secret, webhook_previous_secret_until FROM opd "
                        + "WHERE code = 'LURAH-BONIPOI'").getSingleResult());
        assertThat(secrets).containsOnlyNulls();
    }

    @Test
    void aStandardSecretMustHoldAKeyOfTheSpecsLength() {
        for (String bad : new String[]{"whsec_" + "kunci-bukan-base64!".repeat(2),
                StandardWebhooksVerifier.whsec(randomKey(20)), StandardWebhooksVerifier.whsec(randomKey(65))}) {
            Callers.as(Roles.ADMIN).contentType(ContentType.JSON)
                    .body(Map.of("url", receiver.url("/netral/fatubesi"), "secret", bad))
                    .when().put("/api/v1/opds/{code}/webhook", "LURAH-FATUBESI")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", contains("secret"));
        }
        Callers.as(Roles.ADMIN).when().get("/api/v1/opds/{code}", "LURAH-FATUBESI")
                .then().statusCode(200).body("webhookUrl", equalTo(null));
    }

    @Test
    void theServiceServesThePayloadSchemaItValidatesAgainst() throws IOException {
        byte[] served = given().when().get("/webhooks/notice.v2.schema.json")
                .then().statusCode(200).contentType(ContentType.JSON)
                .extract().asByteArray();
        try (InputStream file = getClass().getClassLoader().getResourceAsStream(NoticeSchema.RESOURCE)) {
            assertThat(served).isEqualTo(file.readAllBytes());
        }
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(served).get("$schema").asText())
                .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    private WebhookReceiver.Request deliveredTo(String opdCode, UUID reportId) {
        Notices.topics().publish(SampleRecommendations.envelope(
                SampleRecommendations.gasTaglinePost(reportId, opdCode)));
        await().atMost(Notices.PATIENCE).until(() -> Notices.of(reportId),
                list -> "DELIVERED".equals(list.getString("[0].webhook.status")));
        return requestsAbout(reportId).get(0);
    }

    private static java.util.Optional<String> verify(WebhookReceiver.Request request, Clock clock, String secret) {
        return new StandardWebhooksVerifier(clock, secret).refusal(request.webhookId(), request.webhookTimestamp(),
                request.webhookSignature(), request.body());
    }

    private static void setWebhook(String opdCode, String path, String secret) {
        Callers.as(Roles.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url(path), "secret", secret))
                .when().put("/api/v1/opds/{code}/webhook", opdCode).then().statusCode(200);
    }

    private static void removeWebhook(String opdCode) {
        receiver.verifying(null);
        Callers.as(Roles.ADMIN).when().delete("/api/v1/opds/{code}/webhook", opdCode).then().statusCode(200);
    }

    private static List<WebhookReceiver.Request> requestsAbout(UUID reportId) {
        return receiver.requests().stream().filter(request -> request.body().contains(reportId.toString())).toList();
    }

    private static byte[] randomKey(int bytes) {
        byte[] key = new byte[bytes];
        RANDOM.nextBytes(key);
        return key;
    }
}

package id.netral.notification;

import id.netral.events.EventEnvelope;
import id.netral.events.EventJson;
import id.netral.events.EventType;
import id.netral.events.SanctionDecided;
import id.netral.events.access.Roles;
import id.netral.infra.Callers;
import id.netral.infra.EmbeddedInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import id.netral.notification.delivery.DeliveryConfig;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A reminder written before the PPK's decision but not yet delivered when it arrives is never sent: it is kept
 * CANCELLED with the reason. To hold the reminder in the queue, the test SMTP server holds other mails open (its
 * delivery listener waits on a latch) until every one of the service's e-mail runners is sending one: the reminder
 * waits behind them, as it would behind a slow mail server.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "database", value = "notification"), @ResourceArg(name = "smtp", value = "true")})
class DecisionCancelsRemindersTest {
    private static final Duration QUIET = Duration.ofSeconds(3);
    private static final String HOLDER = "kepala.ujipenahan@kupangkota.example";
    /** the SMTP server's listener is installed once: the server outlives this class */
    private static final AtomicBoolean LISTENING = new AtomicBoolean();
    private static final AtomicReference<CountDownLatch> ENTERED = new AtomicReference<>();
    private static final AtomicReference<CountDownLatch> RELEASE = new AtomicReference<>();
    /** Letters of one recommendation: the OPD head's and the three copies. */
    private static final int LETTERS_PER_RECOMMENDATION = 4;

    @Inject
    DeliveryConfig delivery;

    @Test
    void aReminderQueuedBeforeTheDecisionIsCancelledAndNeverReachesTheMailServer() throws Exception {
        UUID reportId = UUID.randomUUID();
        Notices.deliveredNoticeFor(reportId, "DINKES");
        UUID recommendationId = UUID.fromString(Notices.of(reportId).getString("[0].recommendationId"));

        // every e-mail runner is held sending a letter of the holding office's recommendations: the first mail is
        // held open at the SMTP server, and the test server takes the others' DATA only after it
        int runners = delivery.concurrency();
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        holdMails(entered, release);
        try {
            Callers.as(Roles.ADMIN).contentType(ContentType.JSON).body(Map.of("code", "UJI-PENAHAN",
                            "name", "UPT Uji Penahan", "head", Map.of("title", "Kepala UPT Uji Penahan",
                                    "email", HOLDER)))
                    .when().post("/api/v1/opds").then().statusCode(201);
            List<UUID> holding = new ArrayList<>();
            for (int letters = 0; letters < runners; letters += LETTERS_PER_RECOMMENDATION) {
                UUID holdingCase = UUID.randomUUID();
                holding.add(holdingCase);
                Notices.topics().publish(SampleRecommendations.envelope(SampleRecommendations.gasTaglinePost(
                        holdingCase, "UJI-PENAHAN")));
            }
            assertThat(entered.await(Notices.PATIENCE.toSeconds(), TimeUnit.SECONDS))
                    .as("a mail of the holding office's recommendations reached the SMTP server").isTrue();
            await().atMost(Notices.PATIENCE).until(() -> holding.stream()
                    .mapToLong(id -> Notices.of(id).getList("attempts", Integer.class).stream()
                            .filter(attempts -> attempts > 0).count())
                    .sum() >= runners);

            // the first reminder falls due and is written, but waits behind the held mail
            TestClock.advance(Duration.ofDays(3).plusMinutes(1));
            await().atMost(Notices.PATIENCE).until(() ->
                    "PENDING".equals(Notices.of(reportId).getString("find { it.kind == 'REMINDER' }.status")));

            decide(reportId, recommendationId);
            JsonPath cancelled = await().atMost(Notices.PATIENCE).until(() -> Notices.of(reportId), list ->
                    "CANCELLED".equals(list.getString("find { it.kind == 'REMINDER' }.status")));
            assertThat(cancelled.getString("find { it.kind == 'REMINDER' }.notSentReason"))
                    .contains("PPK decided");
        } finally {
            release.countDown();
        }
        // the runner goes on once the held mail is accepted: the cancelled reminder is not among what it sends
        await().atMost(Notices.PATIENCE).until(DecisionCancelsRemindersTest::heldMailArrived);
        await().during(QUIET).atMost(Notices.PATIENCE).until(() -> Mails.about(reportId).stream()
                .noneMatch(mail -> Mails.subject(mail).startsWith("Pengingat")));
        assertThat(Notices.of(reportId).getString("find { it.kind == 'REMINDER' }.status")).isEqualTo("CANCELLED");
        // and an admin cannot send it again
        String reminder = Notices.of(reportId).getString("find { it.kind == 'REMINDER' }.id");
        Callers.as(Roles.ADMIN).when().post("/api/v1/notifications/{id}/redelivery", reminder)
                .then().statusCode(409);
    }

    private static boolean heldMailArrived() {
        return EmbeddedInfraResource.smtp().received().stream().anyMatch(mail -> HOLDER.equals(Mails.to(mail)));
    }

    /** Every mail is held open at the SMTP server until {@code release}; the first one held counts {@code entered} down. */
    private static void holdMails(CountDownLatch entered, CountDownLatch release) {
        ENTERED.set(entered);
        RELEASE.set(release);
        if (LISTENING.compareAndSet(false, true)) {
            EmbeddedInfraResource.smtp().onEachDelivery(delivery -> {
                ENTERED.get().countDown();
                try {
                    // bounded: a failing test must not hold the shared server for good
                    RELEASE.get().await(Notices.PATIENCE.toSeconds(), TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
    }

    private static void decide(UUID reportId, UUID recommendationId) {
        String key = reportId.toString();
        Notices.topics().publish(new EventEnvelope(UUID.randomUUID(), EventType.SANCTION_DECIDED,
                "/netral/sanction-service", key, Instant.now(), key, EventJson.write(new SanctionDecided(
                recommendationId, reportId, "800/118/BKPPD/2024", LocalDate.of(2024, 10, 29), "B2", "walikota",
                Instant.now()))));
    }
}

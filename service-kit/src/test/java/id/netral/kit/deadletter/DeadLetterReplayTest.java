package id.netral.kit.deadletter;

import id.netral.events.EventEnvelope;
import id.netral.events.access.Roles;
import id.netral.infra.EmbeddedInfraResource;
import id.netral.kit.problem.Problem;
import id.netral.kit.testapp.ScriptedHandler;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static id.netral.infra.Callers.as;
import static id.netral.kit.testapp.KitTestEvents.DEAD_LETTERS;
import static id.netral.kit.testapp.KitTestEvents.envelope;
import static id.netral.kit.testapp.KitTestEvents.send;
import static id.netral.kit.testapp.KitTestEvents.topics;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

/** An admin reads the dead-letter topic of the test application and replays what its broken handler gave up. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "kit"))
class DeadLetterReplayTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String DEAD_LETTERS_API = "/api/v1/admin/dead-letters";

    @Inject
    ScriptedHandler handler;
    @Inject
    EntityManager entityManager;

    @Test
    void anEventDeadLetteredByABrokenHandlerIsReplayedAfterTheFixChangingStateOnceAndASecondReplayChangesNothing() {
        EventEnvelope event = deadLettered();
        as(Roles.ADMIN).get(DEAD_LETTERS_API + "?size=200").then().statusCode(200)
                .body("items.eventId", hasItem(event.id().toString()))
                .body("items.find { it.eventId == '" + event.id() + "' }.reason",
                        containsString("scripted failure of event " + event.id()))
                .body("items.find { it.eventId == '" + event.id() + "' }.subject", is(event.key()))
                .body("items.find { it.eventId == '" + event.id() + "' }.topic", is(DEAD_LETTERS));

        handler.failNext(event.id(), 0);
        as(Roles.ADMIN).post(DEAD_LETTERS_API + "/replay?eventId=" + event.id()).then().statusCode(200)
                .body("handled", is(1)).body("duplicates", is(0)).body("failed", is(0));
        assertThat(handler.effects(event.id())).isEqualTo(1);

        as(Roles.ADMIN).post(DEAD_LETTERS_API + "/replay?eventId=" + event.id()).then().statusCode(200)
                .body("handled", is(0)).body("duplicates", is(1)).body("failed", is(0));
        assertThat(handler.effects(event.id())).isEqualTo(1);
        assertThat(replayAudits(event.id())).isEqualTo(2);
    }

    @Test
    void aReplayThatFailsAgainIsReportedAndLeavesTheDeadLetterTopicAsItWas() {
        EventEnvelope event = deadLettered();
        int parked = topics().all(DEAD_LETTERS).size();

        as(Roles.ADMIN).post(DEAD_LETTERS_API + "/replay?eventId=" + event.id()).then().statusCode(200)
                .body("handled", is(0)).body("failed", is(1))
                .body("events[0].reason", containsString("scripted failure"));

        assertThat(handler.effects(event.id())).isZero();
        assertThat(topics().all(DEAD_LETTERS)).hasSize(parked);
    }

    @Test
    void everythingDeadLetteredSinceATimeIsReplayedInOneGo() {
        Instant before = Instant.now().minusSeconds(1);
        EventEnvelope first = deadLettered();
        EventEnvelope second = deadLettered();
        handler.failNext(first.id(), 0);
        handler.failNext(second.id(), 0);

        as(Roles.ADMIN).post(DEAD_LETTERS_API + "/replay?since=" + before).then().statusCode(200)
                .body("events.findAll { it.outcome == 'HANDLED' }.eventId",
                        hasItem(first.id().toString()))
                .body("events.findAll { it.outcome == 'HANDLED' }.eventId",
                        hasItem(second.id().toString()));

        assertThat(handler.effects(first.id())).isEqualTo(1);
        assertThat(handler.effects(second.id())).isEqualTo(1);
    }

    @Test
    void aPageOfTheListIsThatPartOfTheWholeListNewestFirst() {
        Instant before = Instant.now().minusSeconds(1);
        for (int i = 0; i < 3; i++) {
            deadLettered();
        }
        String since = DEAD_LETTERS_API + "?since=" + before;
        List<String> all = as(Roles.ADMIN).get(since + "&size=200").then().statusCode(200)
                .extract().jsonPath().getList("items.eventId", String.class);
        List<Instant> times = as(Roles.ADMIN).get(since + "&size=200").then().statusCode(200)
                .extract().jsonPath().getList("items.time", String.class).stream().map(Instant::parse).toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(3);
        assertThat(times).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        as(Roles.ADMIN).get(since + "&page=1&size=2").then().statusCode(200)
                .body("page", is(1)).body("size", is(2)).body("total", is(all.size()))
                .body("items.eventId", is(all.subList(2, Math.min(4, all.size()))));
        as(Roles.ADMIN).get(DEAD_LETTERS_API + "?size=201").then().statusCode(400)
                .body("errors[0].field", is("size"));
    }

    @Test
    void onlyAnAdminMayListOrReplay() {
        as(Roles.AUDITOR).get(DEAD_LETTERS_API).then().statusCode(403);
        as(Roles.VERIFIER).post(DEAD_LETTERS_API + "/replay?since=2024-11-01T00:00:00Z").then().statusCode(403);
    }

    @Test
    void aReplayNamingNeitherAnEventNorATimeIsRefused() {
        as(Roles.ADMIN).post(DEAD_LETTERS_API + "/replay").then().statusCode(400)
                .body("errors[0].field", is("eventId"));
        as(Roles.ADMIN).post(DEAD_LETTERS_API + "/replay?since=yesterday").then().statusCode(400)
                .body("errors[0].field", is("since"));
    }

    @Test
    void aReplayByAnIdThatNamesNoEventIsRefusedRatherThanAnsweredWithNothingReplayed() {
        // answered 200 with "0 replayed" before (found by the fault run), as if the event were gone
        for (String notAnId : new String[] {"maybe", "1e9", "-1", "NOT_A_VALUE"}) {
            as(Roles.ADMIN).post(DEAD_LETTERS_API + "/replay?eventId=" + notAnId).then().statusCode(400)
                    .contentType(Problem.MEDIA_TYPE).body("errors[0].field", is("eventId"));
        }
    }

    /** An event whose handler is broken for it, once the consumer has given it to the dead-letter topic. */
    private EventEnvelope deadLettered() {
        EventEnvelope event = envelope(UUID.randomUUID());
        handler.failNext(event.id(), Integer.MAX_VALUE);
        send(event);
        await().atMost(PATIENCE).until(() -> topics().all(DEAD_LETTERS).stream()
                .anyMatch(record -> event.id().toString().equals(record.headers().get("ce_id"))));
        return event;
    }

    private long replayAudits(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM audit_entry WHERE record_id = :id AND action LIKE 'dead-letter.replayed.%'")
                .setParameter("id", eventId.toString()).getSingleResult()).longValue());
    }
}

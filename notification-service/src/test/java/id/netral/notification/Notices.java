package id.netral.notification;

import id.netral.infra.Callers;
import id.netral.events.EventEnvelope;
import id.netral.events.EventType;
import id.netral.events.Topics;
import id.netral.infra.EmbeddedInfraResource;
import id.netral.infra.TopicClient;
import io.restassured.path.json.JsonPath;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** Cases published to the sanctions topic, and what this service made of them. */
public final class Notices {
    // Now and then the test SMTP server (GreenMail) leaves a mail hanging until its 30 s socket timeout, and the next
    // attempt delivers it: a wait must outlast one such hang
    public static final Duration PATIENCE = Duration.ofSeconds(60);

    private Notices() {
    }

    public static TopicClient topics() {
        return new TopicClient(EmbeddedInfraResource.bootstrapServers());
    }

    /** Publishes a recommendation about staff of the OPD and waits until its notice to the head is delivered. */
    public static String deliveredNoticeFor(UUID reportId, String opdCode) {
        topics().publish(SampleRecommendations.envelope(SampleRecommendations.gasTaglinePost(reportId, opdCode)));
        return await().atMost(PATIENCE).until(() -> of(reportId),
                list -> "DELIVERED".equals(list.getString("[0].status"))).getString("[0].id");
    }

    public static JsonPath of(UUID reportId) {
        return Callers.asOfficer().queryParam("reportId", reportId.toString())
                .when().get("/api/v1/notifications")
                .then().statusCode(200).extract().jsonPath();
    }

    /** The events of one case of a type on the notifications topic, once at least {@code count} have arrived. */
    public static List<EventEnvelope> events(UUID reportId, EventType type, int count) {
        return await().atMost(PATIENCE).until(() -> eventsNow(reportId, type), list -> list.size() >= count);
    }

    public static List<EventEnvelope> eventsNow(UUID reportId, EventType type) {
        return topics().events(Topics.NOTIFICATIONS, reportId.toString()).stream()
                .filter(event -> event.type() == type).toList();
    }
}

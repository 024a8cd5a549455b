package id.netral.sanction;

import id.netral.infra.Callers;
import id.netral.events.Accused;
import id.netral.events.EmploymentType;
import id.netral.events.EventEnvelope;
import id.netral.events.EventJson;
import id.netral.events.EventType;
import id.netral.events.FollowUpRecorded;
import id.netral.events.ReportVerified;
import id.netral.infra.EmbeddedInfraResource;
import id.netral.infra.TopicClient;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Verified cases as report-service publishes them, each of its own employee unless a test shares one on purpose. */
public final class Cases {
    public static final Duration PATIENCE = Duration.ofSeconds(30);

    private Cases() {
    }

    /**
     * An 18-digit NIP no other test uses, so that earlier cases of other tests never count as repeat offences: birth
     * date 1986-09-26, appointment 2015-05, sex digit 1, and a random sequence and birth year digits.
     */
    public static String newEmployeeId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "19" + String.format("%02d", random.nextInt(60, 99)) + "0926" + "2015" + String.format("%02d",
                random.nextInt(1, 13)) + "1" + String.format("%03d", random.nextInt(1000));
    }

    public static EventEnvelope verified(UUID reportId, String kind, EmploymentType type, String employeeId,
                                         String opd, String election, LocalDate incidentDate) {
        ReportVerified payload = new ReportVerified(reportId, Instant.now(), kind,
                new Accused(employeeId, "Yohanes Bria", type, opd, "Kepala Seksi Perumahan"), election, incidentDate);
        return new EventEnvelope(UUID.randomUUID(), EventType.REPORT_VERIFIED, "/netral/report-service",
                reportId.toString(), Instant.now(), reportId.toString(), EventJson.write(payload));
    }

    /** Publishes the case and waits for its one recommendation; returns the recommendation id. */
    public static String recommend(EventEnvelope verified) {
        new TopicClient(EmbeddedInfraResource.bootstrapServers()).publish(verified);
        return awaitRecommendationOf(UUID.fromString(verified.key()));
    }

    /**
     * A step of the procedure at the city as notification-service publishes it when the OPD head records it on the
     * notice, with its document dated {@code documentDate}.
     */
    public static EventEnvelope stepTaken(UUID reportId, String recommendationId, String step,
                                          LocalDate documentDate) {
        String actor = switch (step) {
            case "EXAMINATION_TEAM_FORMED", "ETHICS_COUNCIL_FORMED" -> "PPK";
            case "ETHICS_COUNCIL_CONCLUDED" -> "ETHICS_COUNCIL";
            default -> "DIRECT_SUPERIOR";
        };
        FollowUpRecorded payload = new FollowUpRecorded(UUID.randomUUID(), reportId,
                UUID.fromString(recommendationId), "DISPERKIM", step, null, "opd-head-disperkim", Instant.now(), actor,
                "800/" + step.length() + "/DISPERKIM/2024", documentDate, null, null);
        return new EventEnvelope(UUID.randomUUID(), EventType.FOLLOW_UP_RECORDED, "/netral/notification-service",
                reportId.toString(), Instant.now(), reportId.toString(), EventJson.write(payload));
    }

    /**
     * Takes, through notification-service's events on the broker, the steps the recommendation's decree on the act
     * still waits for (its procedure.beforeDecree), and waits until the service knows them.
     */
    public static void examine(String recommendationId) {
        var view = Callers.asOfficer().when().get("/api/v1/recommendations/{id}", recommendationId)
                .then().statusCode(200).extract().jsonPath();
        UUID reportId = UUID.fromString(view.getString("reportId"));
        TopicClient topics = new TopicClient(EmbeddedInfraResource.bootstrapServers());
        for (String step : view.getList("procedure.beforeDecree", String.class)) {
            topics.publish(stepTaken(reportId, recommendationId, step, LocalDate.parse("2024-10-15")));
        }
        await().atMost(PATIENCE).until(() -> Callers.asOfficer().when()
                .get("/api/v1/recommendations/{id}", recommendationId).then().extract().jsonPath()
                .getList("procedure.beforeDecree"), List::isEmpty);
    }

    public static String awaitRecommendationOf(UUID reportId) {
        List<String> ids = await().atMost(PATIENCE).until(() -> Callers.asOfficer()
                .queryParam("reportId", reportId.toString()).when().get("/api/v1/recommendations")
                .then().statusCode(200).extract().jsonPath().getList("id", String.class), list -> !list.isEmpty());
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }
}

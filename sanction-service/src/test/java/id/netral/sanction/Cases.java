package id.netral.sanction;

import id.netral.infra.Callers;
import id.netral.events.Accused;
import id.netral.events.EmploymentType;
import id.netral.events.EventEnvelope;
import id.netral.events.EventJson;
import id.netral.events.EventType;
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

    public static String awaitRecommendationOf(UUID reportId) {
        List<String> ids = await().atMost(PATIENCE).until(() -> Callers.asOfficer()
                .queryParam("reportId", reportId.toString()).when().get("/api/v1/recommendations")
                .then().statusCode(200).extract().jsonPath().getList("id", String.class), list -> !list.isEmpty());
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }
}

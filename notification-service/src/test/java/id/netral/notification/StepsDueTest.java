package id.netral.notification;

import id.netral.infra.Callers;
import id.netral.infra.EmbeddedInfraResource;
import id.netral.kit.time.WorkingDays;
import id.netral.notification.followup.ProcedureConfig;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static id.netral.notification.Procedures.record;
import static id.netral.notification.Procedures.today;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/**
 * The steps not taken yet carry their last day, counted in the procedure's working days, and say when it has passed:
 * the summons while the case waits for the PPK, the delivery of the decision after it. Read by whoever may read the
 * notice's recorded steps, and refused to the others as those are.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "database", value = "notification"), @ResourceArg(name = "smtp", value = "true")})
class StepsDueTest {
    private static final String OPD = "LURAH-KOLHUA";

    @Inject
    WorkingDays workingDays;
    @Inject
    ProcedureConfig procedure;

    @Test
    void theSummonsIsDueUntilTakenThenTheDeliveryOfADecisionPastItsDayIsOverdue() {
        UUID reportId = UUID.randomUUID();
        String id = Notices.deliveredNoticeFor(reportId, OPD);
        LocalDate sentOn = today();

        due(id).body("today", equalTo(sentOn.toString()))
                .body("steps.step", contains("SUMMONED"))
                .body("steps[0].actor", equalTo("DIRECT_SUPERIOR"))
                .body("steps[0].dueDate", equalTo(workingDays.lastDay(sentOn,
                        procedure.summonsWithinWorkingDays()).toString()))
                .body("steps[0].overdue", equalTo(false));

        Callers.asOpdHead(OPD).when().post("/api/v1/notifications/{id}/acknowledgement", id).then().statusCode(200);
        record(OPD, id, "SUMMONED", "800/1/KOLHUA/2026", sentOn).statusCode(201);
        due(id).body("steps", empty());

        // a decree of two months ago: its delivery was due 14 working days after it and is still not recorded
        UUID recommendationId = UUID.fromString(Notices.of(reportId).getString("[0].recommendationId"));
        LocalDate decreed = sentOn.minusDays(60);
        Procedures.decide(reportId, recommendationId, decreed, "B2");
        LocalDate deliveryDue = workingDays.lastDay(decreed, procedure.deliveryWithinWorkingDays());
        await().atMost(Notices.PATIENCE).untilAsserted(() -> due(id)
                .body("steps.step", contains("DECISION_DELIVERED"))
                .body("steps[0].actor", equalTo("PPK"))
                .body("steps[0].dueDate", equalTo(deliveryDue.toString()))
                .body("steps[0].overdue", equalTo(true)));
        // the OPD head reads the same of their own notice
        Callers.asOpdHead(OPD).when().get("/api/v1/notifications/{id}/follow-ups/due", id).then().statusCode(200)
                .body("steps.step", contains("DECISION_DELIVERED"));

        record(OPD, id, "DECISION_DELIVERED", "800/5/KOLHUA/2026", decreed.plusDays(10)).statusCode(201);
        due(id).body("steps", empty());
    }

    @Test
    void whoMayNotReadTheRecordedStepsMayNotReadTheStepsDueEither() {
        String id = Notices.deliveredNoticeFor(UUID.randomUUID(), OPD);
        for (String path : new String[]{"/api/v1/notifications/{id}/follow-ups",
                "/api/v1/notifications/{id}/follow-ups/due"}) {
            Callers.asOpdHead("DINSOS").when().get(path, id).then().statusCode(404)
                    .contentType("application/problem+json").body("detail", containsString(id));
            Callers.as("verifier").when().get(path, id).then().statusCode(403);
            given().when().get(path, id).then().statusCode(401);
        }
        Callers.asOfficer().when().get("/api/v1/notifications/{id}/follow-ups/due", UUID.randomUUID()).then()
                .statusCode(404).contentType("application/problem+json");
    }

    private static ValidatableResponse due(String id) {
        return Callers.asOfficer().when().get("/api/v1/notifications/{id}/follow-ups/due", id).then().statusCode(200);
    }
}

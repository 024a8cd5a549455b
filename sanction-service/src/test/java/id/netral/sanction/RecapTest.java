package id.netral.sanction;

import id.netral.infra.Callers;
import id.netral.events.EmploymentType;
import id.netral.infra.EmbeddedInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

/** The recap BKPPD reports to BKN with: recommendations counted by OPD, kind, track, level, sanction or status. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "sanction"))
class RecapTest {
    /** An OPD of its own, so that other tests' recommendations do not count */
    private final String opd = "UJI-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    @Test
    void recommendationsAreCountedUnderTheListsFiltersAndAnOpdHeadCountsOnlyTheirOwn() {
        recommend("D2");
        recommend("D2");
        recommend("D4");

        recap(Callers.asOfficer(), "violationKind").then().statusCode(200)
                .body("key", contains("D2", "D4"))
                .body("count", contains(2, 1));
        recap(Callers.asOfficer(), "status").then().statusCode(200)
                .body("key", contains("OPEN")).body("count", contains(3));
        recap(Callers.asOfficer(), "opd").then().statusCode(200)
                .body("key", contains(opd)).body("count", contains(3));
        recap(Callers.asOpdHead(opd), "violationKind").then().statusCode(200).body("count", contains(2, 1));
        // another OPD's head learns nothing of this OPD, not even a count
        recap(Callers.asOpdHead("DINSOS"), "violationKind").then().statusCode(200).body("$", empty());

        recap(Callers.asOfficer(), "pelanggaran").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("by"));
        Callers.as("verifier").queryParam("by", "status").when().get("/api/v1/recommendations/recap")
                .then().statusCode(403);
    }

    private void recommend(String kind) {
        Cases.recommend(Cases.verified(UUID.randomUUID(), kind, EmploymentType.PNS, Cases.newEmployeeId(), opd,
                "PILKADA-2024", LocalDate.parse("2024-10-01")));
    }

    private io.restassured.response.Response recap(RequestSpecification caller, String by) {
        return caller.queryParam("by", by).queryParam("opdCode", opd).when().get("/api/v1/recommendations/recap");
    }
}

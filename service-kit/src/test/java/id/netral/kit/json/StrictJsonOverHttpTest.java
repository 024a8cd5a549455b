package id.netral.kit.json;

import id.netral.infra.EmbeddedInfraResource;
import id.netral.kit.problem.Problem;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

/** The same strictness on a request body of the test application, answered as problem+json naming the field. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "kit"))
class StrictJsonOverHttpTest {
    private static final String DECISIONS = "/kit-test/decisions";

    @Test
    void aValidBodyIsAccepted() {
        post("{\"decision\": \"VERIFIED\", \"incidentDate\": \"2024-11-01\"}").then().statusCode(200)
                .body("decision", is("VERIFIED")).body("incidentDate", is("2024-11-01"));
    }

    @Test
    void eachLenientReadingIsRefusedNamingTheField() {
        assertRefused("{\"decision\": \"VERIFIED\"} {\"decision\": \"NOT_PROVEN\"}", "body");
        assertRefused("{\"decision\": \"VERIFIED\"} x", "body");
        assertRefused("{\"decision\": 1}", "decision");
        assertRefused("{\"decision\": \"0\"}", "decision");
        assertRefused("{\"incidentDate\": -1}", "incidentDate");
        assertRefused("{\"decidedAt\": 0}", "decidedAt");
    }

    private static void assertRefused(String body, String field) {
        post(body).then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("errors[0].field", is(field));
    }

    private static io.restassured.response.Response post(String body) {
        return given().contentType("application/json").body(body).post(DECISIONS);
    }
}

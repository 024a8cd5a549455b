package id.netral.kit.audit;

import id.netral.infra.Callers;
import id.netral.infra.EmbeddedInfraResource;
import id.netral.kit.problem.Problem;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

/** What an auditor reads of the log over HTTP: pages of one record's entries, and a clear 400 for a broken filter. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "kit"))
class AuditListTest {
    private static final String AUDIT = "/api/v1/audit";

    @Inject
    AuditLog auditLog;

    @Test
    void anAuditorPagesThroughOneRecordsEntriesNewestFirst() {
        UUID recordId = UUID.randomUUID();
        for (String action : new String[] {"first", "second", "third"}) {
            auditLog.recordByService(action, "Recommendation", recordId);
        }

        Callers.as("auditor").queryParam("recordId", recordId.toString()).queryParam("size", 2)
                .when().get(AUDIT).then().statusCode(200).body("action", contains("third", "second"));
        Callers.as("auditor").queryParam("recordId", recordId.toString()).queryParam("size", 2).queryParam("page", 1)
                .when().get(AUDIT).then().statusCode(200).body("action", contains("first"));
    }

    @Test
    void aNulInTheRecordIdOrAPageBeyondReachIsABadRequestNotAServerError() {
        // a NUL reached PostgreSQL as an invalid string and came back as a 500 (found by the fault run)
        Callers.as("auditor").urlEncodingEnabled(false).when().get(AUDIT + "?recordId=%00")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE);
        Callers.as("auditor").queryParam("page", "99999999999").when().get(AUDIT)
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("errors[0].field", is("page"));
        Callers.as("auditor").queryParam("size", 201).when().get(AUDIT)
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
    }
}

package id.netral.kit.recap;

import id.netral.infra.EmbeddedInfraResource;
import id.netral.kit.audit.AuditLog;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The recap query against a real PostgreSQL, counting audit entries (an entity every service has). */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "kit"))
class RecapCountTest {
    @Inject
    EntityManager entityManager;
    @Inject
    AuditLog auditLog;

    @Test
    void recordsAreCountedPerValueMostFirstAndEqualCountsByValueOnlyUnderTheCondition() {
        String action = "recap-" + UUID.randomUUID();
        for (String recordType : List.of("Notice", "Report", "Notice", "Decision", "Report", "Notice")) {
            auditLog.recordByService(action, recordType, null);
        }
        auditLog.recordByService("another-" + action, "Decision", null);

        List<RecapRow> recap = QuarkusTransaction.requiringNew().call(() -> Recaps.count(entityManager,
                "AuditEntry", "recordType", "action = :action", Map.of("action", action)));

        assertThat(recap).containsExactly(new RecapRow("Notice", 3), new RecapRow("Report", 2),
                new RecapRow("Decision", 1));
    }
}

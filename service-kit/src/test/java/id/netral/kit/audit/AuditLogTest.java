package id.netral.kit.audit;

import id.netral.infra.EmbeddedInfraResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "kit"))
class AuditLogTest {
    @Inject
    AuditLog auditLog;

    @Test
    void aStepNoPersonTookIsWrittenWithTheServiceAsTheActor() {
        UUID recordId = UUID.randomUUID();

        auditLog.recordByService("mark-overdue", "Recommendation", recordId);

        AuditEntry entry = QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>find("recordId",
                recordId.toString()).singleResult());
        assertThat(entry.actor).isEqualTo("kit-test");
        assertThat(entry.clientId).isEqualTo("kit-test");
        assertThat(entry.roles).isEqualTo("system");
        assertThat(entry.action).isEqualTo("mark-overdue");
        assertThat(entry.recordType).isEqualTo("Recommendation");
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveAnEntry() {
        UUID recordId = UUID.randomUUID();
        auditLog.recordByService("mark-overdue", "Recommendation", recordId);

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> AuditEntry.update(
                "actor = 'someone else' where recordId = ?1", recordId.toString())))
                .hasStackTraceContaining("audit_entry is append-only");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> AuditEntry.delete("recordId",
                recordId.toString())))
                .hasStackTraceContaining("audit_entry is append-only");
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>find("recordId",
                recordId.toString()).singleResult().actor)).isEqualTo("kit-test");
    }
}

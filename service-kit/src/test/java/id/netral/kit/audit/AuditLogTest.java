package id.netral.kit.audit;

import id.netral.infra.EmbeddedInfraResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
    @Inject
    EntityManager entityManager;

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

    @Test
    void theRoleTheServiceRunsAsWritesAndReadsTheLogButCannotChangeItNorSwitchItsProtectionOff() {
        UUID recordId = UUID.randomUUID();

        asRuntimeRole("INSERT INTO audit_entry (actor, client_id, roles, address, action, record_type, record_id) "
                + "VALUES ('kit-test', 'kit-test', 'system', 'internal', 'probe', 'Probe', '" + recordId + "')");
        assertThat(QuarkusTransaction.requiringNew().call(() -> {
            runtimeRole();
            return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM audit_entry WHERE record_id = :id")
                    .setParameter("id", recordId.toString()).getSingleResult()).longValue();
        })).isEqualTo(1);

        for (String switchOff : new String[] {"ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only",
                "DROP TRIGGER audit_entry_append_only ON audit_entry",
                "ALTER TABLE audit_entry DISABLE TRIGGER ALL"}) {
            assertThatThrownBy(() -> asRuntimeRole(switchOff)).as(switchOff).hasStackTraceContaining("must be owner");
        }
        for (String change : new String[] {"DELETE FROM audit_entry", "TRUNCATE audit_entry",
                "UPDATE audit_entry SET actor = 'someone else'",
                "CREATE OR REPLACE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS "
                        + "'BEGIN RETURN OLD; END'"}) {
            assertThatThrownBy(() -> asRuntimeRole(change)).as(change).hasStackTraceContaining("permission denied");
        }
    }

    @Test
    void theRoleTheServiceRunsAsMayWorkOnTheOtherTablesOldAndNew() {
        asRuntimeRole("INSERT INTO inbox_message (event_id, event_type, source) VALUES ('" + UUID.randomUUID()
                + "', 'probe', '/probe')");
        asRuntimeRole("INSERT INTO kit_test_effect (event_id) VALUES ('" + UUID.randomUUID() + "')");
        asRuntimeRole("DELETE FROM kit_test_effect WHERE event_id = '" + UUID.randomUUID() + "'");
    }

    private void asRuntimeRole(String statement) {
        QuarkusTransaction.requiringNew().run(() -> {
            runtimeRole();
            entityManager.createNativeQuery(statement).executeUpdate();
        });
    }

    /** Takes on, for the rest of the transaction, the role the test application is configured to run as. */
    private void runtimeRole() {
        entityManager.createNativeQuery("SET LOCAL ROLE kit_runtime").executeUpdate();
    }
}

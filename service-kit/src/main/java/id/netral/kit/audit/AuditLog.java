package id.netral.kit.audit;

import id.netral.kit.security.Caller;
import io.quarkus.runtime.ApplicationConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.TreeSet;

/** Writes who did what to which record; joins the caller's transaction so the entry and the change commit together. */
@ApplicationScoped
public class AuditLog {
    @Inject
    Caller caller;

    /** Quarkus's own settings of the application; its name is the service's ({@code quarkus.application.name}). */
    @Inject
    ApplicationConfig application;

    /** A step the calling person or app took, within a request. */
    @Transactional
    public void record(String action, String recordType, Object recordId) {
        write(caller.subject(), caller.clientId(), String.join(",", new TreeSet<>(caller.roles())), caller.address(),
                action, recordType, recordId);
    }

    /** A step no person took, such as a scheduled check: the service itself is the actor. */
    @Transactional
    public void recordByService(String action, String recordType, Object recordId) {
        String service = application.name().orElseThrow();
        write(service, service, "system", "internal", action, recordType, recordId);
    }

    private static void write(String actor, String clientId, String roles, String address, String action,
                              String recordType, Object recordId) {
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = Instant.now();
        entry.actor = actor;
        entry.clientId = clientId;
        entry.roles = roles;
        entry.address = address;
        entry.action = action;
        entry.recordType = recordType;
        entry.recordId = recordId == null ? null : recordId.toString();
        entry.persist();
    }
}

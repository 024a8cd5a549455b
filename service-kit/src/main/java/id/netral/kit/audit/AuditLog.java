package id.netral.kit.audit;

import id.netral.kit.security.Caller;
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

    @Transactional
    public void record(String action, String recordType, Object recordId) {
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = Instant.now();
        entry.actor = caller.subject();
        entry.clientId = caller.clientId();
        entry.roles = String.join(",", new TreeSet<>(caller.roles()));
        entry.address = caller.address();
        entry.action = action;
        entry.recordType = recordType;
        entry.recordId = recordId == null ? null : recordId.toString();
        entry.persist();
    }
}

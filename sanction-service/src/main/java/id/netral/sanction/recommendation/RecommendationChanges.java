package id.netral.sanction.recommendation;

import id.netral.kit.audit.AuditLog;
import id.netral.kit.problem.ProblemException;
import id.netral.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The frame of every change a person makes to a recommendation after it is made (a BKPPD revision, the body's result,
 * the PPK's decree): the row locked for the rest of the transaction and found only when the caller may act on its case,
 * the instant and actor of the change, and at its end the history entry and the audit entry. What the change is, and
 * what it refuses, the caller's own code says ({@link Lifecycle}, {@link HandOff}).
 */
@ApplicationScoped
public class RecommendationChanges {
    @Inject
    Caller caller;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;

    /** A change under way: the locked recommendation, when and by whom. */
    public record Change(Recommendation recommendation, Instant at, String actor) {
    }

    /**
     * Locks the recommendation for the change; one that does not exist, or whose case the caller may not read (an OPD
     * head and another OPD's case), is not there for them (404).
     */
    Change begin(UUID id) {
        Recommendation r = Recommendation.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (r == null || !caller.mayReadCaseOf(r.accused.opdCode)) {
            throw ProblemException.notFound("No recommendation " + id);
        }
        return new Change(r, now(), caller.subject());
    }

    /** Ends the change: its line in the recommendation's history and the caller's entry in the audit log. */
    void record(Change change, HistoryEntry.Action action, String reason, List<String> lines, String auditAction) {
        HistoryEntry.write(change.recommendation().id, change.at(), action, change.actor(), reason, lines);
        audit.record(auditAction, "recommendation", change.recommendation().id);
    }

    /**
     * A step the service takes itself (from an event it consumed, or its own check): the history entry under its name
     * and the audit entry as the service's.
     */
    void recordByService(UUID recommendationId, Instant at, HistoryEntry.Action action, List<String> lines,
                         String auditAction) {
        HistoryEntry.write(recommendationId, at, action, Recommendations.SYSTEM, null, lines);
        audit.recordByService(auditAction, "recommendation", recommendationId);
    }

    /** Now, to the microsecond: what PostgreSQL keeps, so an event and the stored row say the same instant. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

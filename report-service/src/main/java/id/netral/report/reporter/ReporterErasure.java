package id.netral.report.reporter;

import id.netral.kit.audit.AuditLog;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Erases who reported a case, and all they gave that may tell who they are (their answers, the uploaded files, whose
 * photos can carry GPS positions, and the evidence links), once the case is closed (not registered, a duplicate, not
 * proven, or decided by the PPK) and nothing has happened on it for {@code erase-after}; and from a case stuck in any
 * other state once nothing has happened on it for {@code erase-stalled-after}. The reporter is kept only while a
 * verifier may still need to ask them something. One conditional UPDATE picks the cases, so replicas running it at
 * once erase each case once.
 */
@ApplicationScoped
public class ReporterErasure {
    private static final Logger LOG = Logger.getLogger(ReporterErasure.class);

    @Inject
    EntityManager entityManager;
    @Inject
    AuditLog audit;

    @ConfigProperty(name = "netral.reporter.erase-after")
    Duration eraseAfter;
    @ConfigProperty(name = "netral.reporter.erase-stalled-after")
    Duration eraseStalledAfter;

    @Scheduled(every = "${netral.reporter.erasure-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            eraseDue();
        } catch (RuntimeException e) {
            LOG.warnf("Reporter erasure paused, will retry on the next run: %s", e.getMessage());
        }
    }

    /** @return the cases whose reporter was erased now */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<UUID> eraseDue() {
        Instant now = Instant.now();
        List<UUID> erased = entityManager.createNativeQuery("""
                        UPDATE report r
                        SET reporter_name = NULL, reporter_contact = NULL, reporter_nik = NULL,
                            reporter_erased_at = :now
                        WHERE r.reporter_erased_at IS NULL
                          AND (SELECT max(t.occurred_at) FROM timeline_entry t WHERE t.report_id = r.id)
                              < CASE WHEN r.status IN ('NOT_REGISTERED', 'DUPLICATE', 'NOT_PROVEN', 'SANCTION_DECIDED')
                                     THEN CAST(:closedBefore AS timestamptz) ELSE CAST(:stalledBefore AS timestamptz) END
                        RETURNING r.id""", UUID.class)
                .setParameter("now", now)
                .setParameter("closedBefore", now.minus(eraseAfter))
                .setParameter("stalledBefore", now.minus(eraseStalledAfter))
                .getResultList();
        if (!erased.isEmpty()) {
            for (String table : List.of("report_information", "report_attachment", "report_evidence")) {
                // table names from the fixed list above; the ids are parameters
                entityManager.createNativeQuery("DELETE FROM " + table + " WHERE report_id IN (:ids)")
                        .setParameter("ids", erased).executeUpdate();
            }
        }
        erased.forEach(id -> audit.recordByService("report.reporter-identity.erased", "report", id));
        if (!erased.isEmpty()) {
            LOG.infof("Erased the reporter's identity, answers and evidence of %d closed or stalled case(s)",
                    erased.size());
        }
        return erased;
    }
}

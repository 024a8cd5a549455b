package id.netral.sanction.recommendation;

import id.netral.events.SanctionOverdue;
import id.netral.kit.outbox.Outbox;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Marks OPEN recommendations OVERDUE once their PPK due date has passed (the due date is the last day to act).
 * Safe with several replicas and with two runs at once: one conditional UPDATE ... WHERE status = 'OPEN' ...
 * RETURNING marks each row; a second run waits for the first's row locks, re-reads the status and skips the row, so
 * each recommendation is marked, and its event written, exactly once.
 */
@ApplicationScoped
public class OverdueCheck {
    private static final Logger LOG = Logger.getLogger(OverdueCheck.class);

    @Inject
    EntityManager em;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;
    @Inject
    RecommendationChanges changes;

    @Scheduled(identity = "overdue-check", every = "${netral.sanction.overdue-check.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        markOverdue(LocalDate.now(clock));
    }

    /**
     * @param today the day in Kota Kupang; recommendations due before it are overdue
     * @return the recommendations this run marked
     */
    @Transactional
    public List<UUID> markOverdue(LocalDate today) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        UPDATE recommendation SET status = 'OVERDUE', overdue_at = :now
                        WHERE status = 'OPEN' AND ppk_due_date < :today
                        RETURNING id, report_id, opd_code, ppk_due_date""")
                .setParameter("now", now).setParameter("today", today).getResultList();
        List<UUID> marked = new ArrayList<>();
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            UUID reportId = (UUID) row[1];
            LocalDate due = row[3] instanceof Date date ? date.toLocalDate() : (LocalDate) row[3];
            outbox.append(reportId, new SanctionOverdue(id, reportId, (String) row[2], due, now));
            changes.recordByService(id, now, HistoryEntry.Action.OVERDUE,
                    List.of("Batas waktu PPK " + due + " terlewati tanpa keputusan; status OPEN -> OVERDUE."),
                    "recommendation.mark-overdue");
            marked.add(id);
        }
        if (!marked.isEmpty()) {
            LOG.infof("Marked %d recommendation(s) overdue on %s", marked.size(), today);
        }
        return marked;
    }
}

package id.netral.notification.directory;

import id.netral.kit.audit.AuditLog;
import id.netral.kit.problem.ProblemException;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Keeps the directory's head of each OPD in step with the history of appointments. Taking an appointment over is one
 * conditional UPDATE that writes only where the row differs, so replicas running it at once agree and change nothing
 * twice.
 */
@ApplicationScoped
public class Appointments {
    private static final Logger LOG = Logger.getLogger(Appointments.class);

    private static final Instant EARLIEST = Instant.parse("1945-08-17T00:00:00Z");
    private static final Duration FARTHEST_AHEAD = Duration.ofDays(10 * 365);

    @Inject
    EntityManager entityManager;
    @Inject
    Clock clock;
    @Inject
    AuditLog audit;

    @Transactional
    public OpdHead appoint(String opdCode, HeadRequest request, String by) {
        Instant validFrom = request.validFrom() == null ? clock.instant() : request.validFrom();
        if (validFrom.isBefore(EARLIEST) || validFrom.isAfter(clock.instant().plus(FARTHEST_AHEAD))) {
            // beyond what PostgreSQL keeps, or plainly a typing error: no appointment is that old or that far ahead
            throw ProblemException.invalid("validFrom", "must be after " + EARLIEST + " and at most "
                    + FARTHEST_AHEAD.toDays() / 365 + " years ahead");
        }
        validFrom = validFrom.truncatedTo(ChronoUnit.MICROS);
        if (OpdHead.exists(opdCode, validFrom)) {
            throw ProblemException.conflict("OPD " + opdCode + " already has a head appointed from " + validFrom);
        }
        OpdHead head = new OpdHead();
        head.id = UUID.randomUUID();
        head.opdCode = opdCode;
        head.name = request.name();
        head.title = request.title().strip();
        head.email = request.email().strip();
        head.phone = request.phone();
        head.employeeId = request.employeeId();
        head.validFrom = validFrom;
        head.recordedBy = by;
        head.recordedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        head.persist();
        audit.record("opd.head-appointed", "opd", opdCode);
        entityManager.flush();
        takeOverDue();
        return head;
    }

    @Scheduled(every = "${netral.notification.directory.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void takeOverDue() {
        int changed = entityManager.createNativeQuery("""
                        UPDATE opd o
                        SET head_name = h.name, head_title = h.title, head_email = h.email, head_phone = h.phone,
                            head_employee_id = h.employee_id
                        FROM (SELECT DISTINCT ON (opd_code) opd_code, name, title, email, phone, employee_id
                              FROM opd_head WHERE valid_from <= :now
                              ORDER BY opd_code, valid_from DESC) h
                        WHERE o.code = h.opd_code
                          AND (o.head_name, o.head_title, o.head_email, o.head_phone, o.head_employee_id)
                              IS DISTINCT FROM (h.name, h.title, h.email, h.phone, h.employee_id)""")
                .setParameter("now", clock.instant())
                .executeUpdate();
        if (changed > 0) {
            LOG.infof("%d OPD head(s) took office", changed);
        }
    }
}

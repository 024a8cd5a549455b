package id.netral.report.worklist;

import id.netral.report.Report;
import id.netral.report.ReportStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The verifiers' lists: cases by status, election, OPD, kecamatan, due day, with counts per status. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Worklist {
    @ConfigProperty(name = "netral.zone")
    ZoneId zone;

    public record Item(UUID id, String trackingCode, ReportStatus status, Instant submittedAt, String accusedName,
                       String employeeId, String opdCode, String electionId, String kecamatanCode,
                       String kelurahanCode, String suspectedKind, LocalDate decisionDue, boolean overdue,
                       String assignedTo) {
    }

    public record Page(List<Item> items, int page, int size, long total) {
    }

    public Page list(WorklistQuery query) {
        WorklistQuery.Condition condition = query.condition(zone);
        var found = Report.<Report>find(condition.jpql(), query.order(), condition.parameters())
                .page(query.page(), query.size());
        LocalDate today = LocalDate.now(zone);
        List<Item> items = found.list().stream().map(r -> new Item(r.id, r.trackingCode, r.status, r.submittedAt,
                r.accused.name, r.accused.employeeId, r.accused.opdCode, r.electionId, r.kecamatanCode,
                r.kelurahanCode, r.suspectedKind, r.decisionDue, r.isOverdue(today), r.assignedTo)).toList();
        return new Page(items, query.page(), query.size(), found.count());
    }

    /** How many cases are in each status under the same filters (status filters aside). */
    public Map<ReportStatus, Long> countsByStatus(WorklistQuery query) {
        WorklistQuery.Condition condition = query.withoutStatus().condition(zone);
        Map<ReportStatus, Long> counts = new EnumMap<>(ReportStatus.class);
        for (ReportStatus status : ReportStatus.values()) {
            counts.put(status, 0L);
        }
        TypedQuery<Object[]> grouped = Report.getEntityManager().createQuery(
                "select status, count(*) from Report where " + condition.jpql() + " group by status", Object[].class);
        condition.parameters().map().forEach(grouped::setParameter);
        grouped.getResultList().forEach(row -> counts.put((ReportStatus) row[0], (Long) row[1]));
        return counts;
    }
}

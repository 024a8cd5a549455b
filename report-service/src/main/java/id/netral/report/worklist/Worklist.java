package id.netral.report.worklist;

import id.netral.kit.paging.PageRequest;
import id.netral.kit.recap.RecapRow;
import id.netral.kit.recap.Recaps;
import id.netral.report.Report;
import id.netral.report.ReportStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The verifiers' lists: cases by status, election, OPD, kecamatan, due day, with counts per status. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Worklist {
    @Inject
    Clock clock;

    public record Item(UUID id, String trackingCode, ReportStatus status, Instant submittedAt, String accusedName,
                       String employeeId, String opdCode, String electionId, String kecamatanCode,
                       String kelurahanCode, String suspectedKind, String violationKind, LocalDate decisionDue,
                       boolean overdue, String assignedTo) {

        /** A partner app's line: who verifies the case is not its business. */
        Item withoutAssignee() {
            return new Item(id, trackingCode, status, submittedAt, accusedName, employeeId, opdCode, electionId,
                    kecamatanCode, kelurahanCode, suspectedKind, violationKind, decisionDue, overdue, null);
        }
    }

    @Schema(name = "WorklistPage")
    public static final class Page extends id.netral.kit.paging.Page<Item> {
        Page(List<Item> items, PageRequest request, long total) {
            super(items, request, total);
        }

        /** The same page for a partner app, which does not learn which verifier has a case. */
        Page withoutAssignees() {
            return new Page(getItems().stream().map(Item::withoutAssignee).toList(),
                    new PageRequest(getPage(), getSize()), getTotal());
        }
    }

    public Page list(WorklistQuery query) {
        WorklistQuery.Condition condition = query.condition(clock);
        var found = Report.<Report>find(condition.jpql(), query.order(), condition.parameters())
                .page(query.page(), query.size());
        LocalDate today = LocalDate.now(clock);
        List<Item> items = found.list().stream().map(r -> item(r, today)).toList();
        return new Page(items, new PageRequest(query.page(), query.size()), found.count());
    }

    /** What a recap counts cases by: the fields of a KASN-style statistic, as the entity names them. */
    public enum RecapBy {
        /** the SKB 2022 kind a verifier confirmed; cases not (yet) verified count under their suspected kind */
        VIOLATION_KIND("coalesce(violationKind, suspectedKind, '-')"),
        OPD("accused.opdCode"),
        KECAMATAN("kecamatanCode"),
        ELECTION("electionId"),
        STATUS("str(status)"),
        /** the day of the act (YYYY-MM-DD), for a picture of cases over time; a local day, so no zone shifts it */
        INCIDENT_DATE("str(incidentDate)");

        private final String expression;

        RecapBy(String expression) {
            this.expression = expression;
        }
    }

    /** How many cases under the filters fall on each value of {@code by}, most first. */
    public List<RecapRow> recap(WorklistQuery query, RecapBy by) {
        WorklistQuery.Condition condition = query.condition(clock);
        return Recaps.count(Report.getEntityManager(), "Report", by.expression, condition.jpql(),
                condition.parameters().map());
    }

    /** Every case under the filters, oldest first, for an export; at most {@code limit}. */
    public List<Item> all(WorklistQuery query, int limit) {
        WorklistQuery.Condition condition = query.condition(clock);
        LocalDate today = LocalDate.now(clock);
        return Report.<Report>find(condition.jpql() + " order by submittedAt, id", condition.parameters())
                .page(0, limit).list().stream().map(r -> item(r, today)).toList();
    }

    private static Item item(Report r, LocalDate today) {
        return new Item(r.id, r.trackingCode, r.status, r.submittedAt, r.accused.name, r.accused.employeeId,
                r.accused.opdCode, r.electionId, r.kecamatanCode, r.kelurahanCode, r.suspectedKind, r.violationKind,
                r.decisionDue, r.isOverdue(today), r.assignedTo);
    }

    /** How many cases are in each status under the same filters (status filters aside). */
    public Map<ReportStatus, Long> countsByStatus(WorklistQuery query) {
        WorklistQuery.Condition condition = query.withoutStatus().condition(clock);
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

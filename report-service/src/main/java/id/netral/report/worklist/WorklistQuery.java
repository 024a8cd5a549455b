package id.netral.report.worklist;

import id.netral.kit.paging.PageParameters;
import id.netral.kit.paging.PageRequest;
import id.netral.kit.problem.PlainText;
import id.netral.kit.problem.Problem.FieldError;
import id.netral.kit.problem.ProblemException;
import id.netral.report.ReportStatus;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The filters of a verifier's work list, turned into a JPQL condition with named parameters. Field names and sort
 * keys come from fixed lists; nothing from the request becomes part of the query text.
 */
public record WorklistQuery(List<ReportStatus> statuses, String electionId, String opdCode, String kecamatanCode,
                            boolean overdueOnly, LocalDate from, LocalDate to, String assignedTo, String submittedBy,
                            String sort, int page, int size) {

    /** Submission days a filter may name: far enough either way for any real case, near enough for the database. */
    private static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    private static final Map<String, String> SORT_KEYS = Map.of("submittedAt", "submittedAt", "decisionDue",
            "decisionDue", "incidentDate", "incidentDate", "status", "status");

    /** The filters only, for the counts, recap and export, which do not page. */
    public static WorklistQuery of(WorklistFilter filter) {
        return of(filter, WorklistSort.DEFAULT, new PageParameters());
    }

    public static WorklistQuery of(WorklistFilter filter, WorklistSort order, PageParameters paging) {
        List<FieldError> errors = new ArrayList<>();
        List<ReportStatus> parsedStatuses = new ArrayList<>();
        for (String status : filter.status() == null ? List.<String>of() : filter.status()) {
            try {
                parsedStatuses.add(ReportStatus.valueOf(status.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("status", "must be one of " + List.of(ReportStatus.values())));
            }
        }
        LocalDate fromDay = date("from", filter.from(), errors);
        LocalDate toDay = date("to", filter.to(), errors);
        String sortKey = order.sort() == null || order.sort().isBlank() ? "submittedAt,desc" : order.sort().strip();
        if (!SORT_KEYS.containsKey(sortKey.split(",")[0]) || !sortKey.matches("[A-Za-z]+(,(asc|desc))?")) {
            errors.add(new FieldError("sort", "must be one of " + SORT_KEYS.keySet() + ", optionally with ,asc or ,desc"));
        }
        PageRequest listPage = paging.read(errors);
        String electionId = text("electionId", filter.electionId(), errors);
        String opdCode = text("opdCode", filter.opdCode(), errors);
        String kecamatanCode = text("kecamatanCode", filter.kecamatanCode(), errors);
        String assignedTo = text("assignedTo", filter.assignedTo(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new WorklistQuery(parsedStatuses, electionId, opdCode, kecamatanCode,
                Boolean.TRUE.equals(filter.overdue()), fromDay, toDay, assignedTo, null, sortKey, listPage.page(),
                listPage.size());
    }

    /** The same query limited to the reports one partner app submitted. */
    public WorklistQuery submittedBy(String clientId) {
        return new WorklistQuery(statuses, electionId, opdCode, kecamatanCode, overdueOnly, from, to, assignedTo,
                clientId, sort, page, size);
    }

    /**
     * The same query within the statuses {@code allowed}: those the filter asked for among them, or all of them when
     * it asked for none; empty when the filter asked only for statuses outside them, so nothing is found.
     */
    public Optional<WorklistQuery> within(Predicate<ReportStatus> allowed) {
        List<ReportStatus> within = (statuses.isEmpty() ? List.of(ReportStatus.values()) : statuses).stream()
                .filter(allowed).toList();
        return within.isEmpty() ? Optional.empty() : Optional.of(new WorklistQuery(within,
                electionId, opdCode, kecamatanCode, overdueOnly, from, to, assignedTo, submittedBy, sort, page, size));
    }

    public WorklistQuery withoutStatus() {
        return new WorklistQuery(List.of(), electionId, opdCode, kecamatanCode, overdueOnly, from, to, assignedTo,
                submittedBy, sort, page, size);
    }

    public record Condition(String jpql, Parameters parameters) {
    }

    /** @param clock the service's clock: its zone makes the days Kupang's days */
    public Condition condition(Clock clock) {
        ZoneId zone = clock.getZone();
        List<String> terms = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (!statuses.isEmpty()) {
            terms.add("status in :statuses");
            parameters.and("statuses", statuses);
        }
        add(terms, parameters, "electionId", electionId);
        add(terms, parameters, "accused.opdCode", "opdCode", opdCode);
        add(terms, parameters, "kecamatanCode", kecamatanCode);
        add(terms, parameters, "assignedTo", assignedTo);
        add(terms, parameters, "submittedBy", submittedBy);
        if (overdueOnly) {
            terms.add("status in :open and decisionDue < :today");
            parameters.and("open", List.of(ReportStatus.REGISTERED, ReportStatus.NEEDS_INFO))
                    .and("today", LocalDate.now(clock));
        }
        if (from != null) {
            terms.add("submittedAt >= :from");
            parameters.and("from", from.atStartOfDay(zone).toInstant());
        }
        if (to != null) {
            terms.add("submittedAt < :to");
            parameters.and("to", to.plusDays(1).atStartOfDay(zone).toInstant());
        }
        return new Condition(terms.isEmpty() ? "1 = 1" : String.join(" and ", terms), parameters);
    }

    public Sort order() {
        String[] parts = sort.split(",");
        Sort.Direction direction = parts.length > 1 && parts[1].equals("asc") ? Sort.Direction.Ascending
                : Sort.Direction.Descending;
        return Sort.by(SORT_KEYS.get(parts[0]), direction).and("id");
    }

    private static void add(List<String> terms, Parameters parameters, String field, String value) {
        add(terms, parameters, field, field, value);
    }

    private static void add(List<String> terms, Parameters parameters, String field, String name, String value) {
        if (value != null) {
            terms.add(field + " = :" + name);
            parameters.and(name, value);
        }
    }

    private static LocalDate date(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value.strip());
            if (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)) {
                errors.add(new FieldError(field, "must be a day from " + FIRST_DAY + " to " + LAST_DAY));
                return null;
            }
            return day;
        } catch (RuntimeException e) {
            errors.add(new FieldError(field, "must be a date (YYYY-MM-DD)"));
            return null;
        }
    }

    /** A text filter: stripped, null when blank; refused when it holds a control character. */
    private static String text(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!PlainText.Check.isPlain(value, false)) {
            errors.add(new FieldError(field, PlainText.SINGLE_LINE));
            return null;
        }
        return value.strip();
    }
}

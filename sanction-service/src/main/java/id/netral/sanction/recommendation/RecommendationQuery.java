package id.netral.sanction.recommendation;

import id.netral.kit.paging.PageParameters;
import id.netral.kit.paging.PageRequest;
import id.netral.kit.problem.PlainText;
import id.netral.kit.problem.Problem;
import id.netral.kit.problem.ProblemException;
import id.netral.kit.problem.QueryParameters;
import id.netral.kit.recap.RecapRow;
import id.netral.kit.recap.Recaps;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The filters of the recommendation list, checked as query parameters (a bad one is a 400 naming it). */
record RecommendationQuery(UUID reportId, String opd, String employeeId, Status status, Boolean overdue,
                           String election, int page, int size) {

    record Result(List<Recommendation> items, PageRequest page, long total) {
    }

    /** Nothing found, on the page asked for: what an OPD head gets for another OPD. */
    Result none() {
        return new Result(List.of(), new PageRequest(page, size), 0);
    }

    static RecommendationQuery of(RecommendationFilter filter, PageParameters paging) {
        UUID reportId = filter.reportId() == null ? null
                : QueryParameters.requiredUuid("reportId", filter.reportId(), "the id of the case");
        String opd = QueryParameters.renamed("opdCode", filter.opdCode(), "opd", filter.opd());
        String election = QueryParameters.renamed("electionId", filter.electionId(), "election", filter.election());
        String employeeId = filter.employeeId();
        String status = filter.status();
        String overdue = filter.overdue();
        List<Problem.FieldError> errors = new ArrayList<>();
        // a NUL reached PostgreSQL as an invalid string and came back as a 500 (found by the fault run)
        if (!PlainText.Check.isPlain(opd, false)) {
            errors.add(new Problem.FieldError("opdCode", PlainText.SINGLE_LINE));
        }
        if (!PlainText.Check.isPlain(election, false)) {
            errors.add(new Problem.FieldError("electionId", PlainText.SINGLE_LINE));
        }
        if (employeeId != null && !employeeId.strip().matches("[0-9]{18}")) {
            errors.add(new Problem.FieldError("employeeId", "must be 18 digits (NIP or NI PPPK)"));
        }
        Status parsedStatus = null;
        if (status != null) {
            try {
                parsedStatus = Status.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("status", "must be one of " + Arrays.toString(Status.values())));
            }
        }
        Boolean parsedOverdue = null;
        if (overdue != null) {
            if (!overdue.strip().matches("(?i)true|false")) {
                errors.add(new Problem.FieldError("overdue", "must be true or false"));
            } else {
                parsedOverdue = Boolean.parseBoolean(overdue.strip());
            }
        }
        PageRequest listPage = paging.read(errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new RecommendationQuery(reportId, blankToNull(opd), employeeId == null ? null : employeeId.strip(),
                parsedStatus, parsedOverdue, blankToNull(election), listPage.page(), listPage.size());
    }

    RecommendationQuery forOpd(String opdCode) {
        return new RecommendationQuery(reportId, opdCode, employeeId, status, overdue, election, page, size);
    }

    /** What a recap counts recommendations by. */
    enum RecapBy {
        OPD("accused.opdCode"),
        /** the SKB 2022 row the sanction follows (the ethics or discipline one by the candidacy stage) */
        VIOLATION_KIND("coalesce(appliedKind, violationKind)"),
        TRACK("str(track)"),
        LEVEL("coalesce(str(level), '-')"),
        /**
         * what the PPK imposed once decided (NOT_PROVEN or CANCELLED where the decree imposed none), else what was
         * recommended
         */
        SANCTION("coalesce(imposedSanction, case when decisionOutcome is not null then str(decisionOutcome) "
                + "else recommendedSanction end, '-')"),
        /** the PPK's decision: SANCTIONED, NOT_PROVEN or CANCELLED, as the Kemendagri figures count them; - before */
        OUTCOME("coalesce(str(decisionOutcome), '-')"),
        STATUS("str(status)");

        private final String expression;

        RecapBy(String expression) {
            this.expression = expression;
        }
    }

    Result run() {
        Conditions where = conditions();
        var query = Recommendation.<Recommendation>find(where.jpql(), Sort.descending("recommendedAt").and("id"),
                where.parameters);
        return new Result(query.page(Page.of(page, size)).list(), new PageRequest(page, size), query.count());
    }

    /** How many recommendations under the filters fall on each value of {@code by}, most first. */
    List<RecapRow> recap(RecapBy by) {
        Conditions where = conditions();
        return Recaps.count(Recommendation.getEntityManager(), "Recommendation", by.expression, where.jpql(),
                where.parameters.map());
    }

    private Conditions conditions() {
        Conditions where = new Conditions();
        where.add("reportId = :reportId", "reportId", reportId);
        where.add("accused.opdCode = :opd", "opd", opd);
        where.add("accused.employeeId = :employeeId", "employeeId", employeeId);
        where.add("status = :status", "status", status);
        if (overdue != null) {
            where.add(overdue ? "status = :overdue" : "status <> :overdue", "overdue", Status.OVERDUE);
        }
        where.add("electionId = :election", "election", election);
        return where;
    }

    /** The filters given, each a clause with its named parameter; an absent filter adds nothing. */
    private static final class Conditions {
        final List<String> clauses = new ArrayList<>();
        final Parameters parameters = new Parameters();

        void add(String clause, String name, Object value) {
            if (value != null) {
                clauses.add(clause);
                parameters.and(name, value);
            }
        }

        String jpql() {
            return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

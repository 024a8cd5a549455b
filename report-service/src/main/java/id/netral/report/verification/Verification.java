package id.netral.report.verification;

import id.netral.events.ReportStatusChanged;
import id.netral.events.ReportVerified;
import id.netral.kit.audit.AuditLog;
import id.netral.kit.outbox.Outbox;
import id.netral.kit.problem.Problem.FieldError;
import id.netral.kit.problem.ProblemException;
import id.netral.kit.security.Caller;
import id.netral.report.CaseStep;
import id.netral.report.Report;
import id.netral.report.ReportInformation;
import id.netral.report.ReportStatus;
import id.netral.report.ReportView;
import id.netral.report.TimelineEntry;
import jakarta.enterprise.context.ApplicationScoped;
import id.netral.report.screening.Screening;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Records a verifier's decision on a case; a VERIFIED case is handed to sanction-service by event. */
@ApplicationScoped
public class Verification {
    @Inject
    Outbox outbox;
    @Inject
    Validator validator;
    @Inject
    Caller caller;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;
    @Inject
    Screening screening;

    @Transactional
    public ReportView decide(UUID reportId, VerificationRequest request) {
        check(request);
        Report report = Report.existing(reportId);
        if (!report.status.openForDecision()) {
            throw ProblemException.conflict("The report is " + report.status + "; a decision can be made only on a "
                    + "report that is REGISTERED or NEEDS_INFO");
        }
        Instant now = clock.instant();
        report.status = switch (request.decision()) {
            case VERIFIED -> ReportStatus.VERIFIED;
            case NOT_PROVEN -> ReportStatus.NOT_PROVEN;
            case NEEDS_INFO -> ReportStatus.NEEDS_INFO;
        };
        report.violationKind = request.decision() == VerificationDecision.VERIFIED ? request.violationKind() : null;
        report.decidedBy = caller.subject();
        report.decidedAt = now;
        report.decisionNote = request.note();
        if (request.decision() == VerificationDecision.NEEDS_INFO) {
            // asking for more information extends the verifier's deadline as the election's law says, counted from
            // registration (Pemilu: 14 working days; Pilkada: 3 + 2 days), never shortening it
            Instant registered = report.registeredAt != null ? report.registeredAt : report.submittedAt;
            LocalDate extended = screening.extendedDecisionDue(report, LocalDate.ofInstant(registered, clock.getZone()));
            if (report.decisionDue == null || extended.isAfter(report.decisionDue)) {
                report.decisionDue = extended;
            }
        }
        TimelineEntry.record(report.id, now, CaseStep.valueOf(report.status.name()), caller.subject(),
                request.decision() == VerificationDecision.VERIFIED ? "SKB 2022 " + request.violationKind()
                        : request.note(), null);
        audit.record("report.verification." + request.decision().name().toLowerCase(), "report", report.id);
        if (request.decision() == VerificationDecision.VERIFIED) {
            outbox.append(report.id, new ReportVerified(report.id, now, report.violationKind,
                    report.accused.toAccused(), report.electionId, report.incidentDate));
        } else {
            outbox.append(report.id, new ReportStatusChanged(report.id, report.status.name(), now));
        }
        report.saveOrConflict();
        return ReportView.of(report, TimelineEntry.of(report.id), LocalDate.now(clock));
    }

    /** A verifier takes a registered case, or gives it to a colleague (by their token subject). */
    @Transactional
    public ReportView assign(UUID reportId, String verifier) {
        Report report = Report.existing(reportId);
        if (!report.status.openForDecision()) {
            throw ProblemException.conflict("The report is " + report.status + "; only a report waiting for a "
                    + "decision can be assigned");
        }
        String assignee = verifier == null || verifier.isBlank() ? caller.subject() : verifier.strip();
        Instant now = clock.instant();
        report.assignedTo = assignee;
        report.assignedAt = now;
        TimelineEntry.record(report.id, now, CaseStep.ASSIGNED, caller.subject(), assignee, null);
        audit.record("report.assign", "report", report.id);
        outbox.append(report.id, new ReportStatusChanged(report.id, CaseStep.ASSIGNED.name(), now));
        report.saveOrConflict();
        return ReportView.of(report, TimelineEntry.of(report.id), LocalDate.now(clock));
    }

    /** The reporter answers the verifier's question through the tracking code; the case waits for a decision again. */
    @Transactional
    public void answer(Report report, String answer) {
        if (report.status != ReportStatus.NEEDS_INFO) {
            throw ProblemException.conflict("No question is waiting for an answer on this case");
        }
        Instant now = clock.instant();
        ReportInformation.record(report.id, report.decisionNote, answer.strip(), now);
        report.status = ReportStatus.REGISTERED;
        TimelineEntry.record(report.id, now, CaseStep.INFO_ADDED, TimelineEntry.REPORTER, null, null);
        outbox.append(report.id, new ReportStatusChanged(report.id, CaseStep.INFO_ADDED.name(), now));
        report.saveOrConflict();
    }

    private void check(VerificationRequest request) {
        if (request == null) {
            throw ProblemException.invalid("body", "must be a verification decision");
        }
        List<FieldError> errors = new ArrayList<>(validator.validate(request).stream().map(FieldError::of).toList());
        if (request.decision() == VerificationDecision.VERIFIED && isBlank(request.violationKind())) {
            errors.add(new FieldError("violationKind", "is required when the decision is VERIFIED"));
        }
        if (request.decision() != null && request.decision() != VerificationDecision.VERIFIED
                && isBlank(request.note())) {
            errors.add(new FieldError("note", "is required when the decision is " + request.decision()));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}

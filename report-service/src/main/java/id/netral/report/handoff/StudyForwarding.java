package id.netral.report.handoff;

import id.netral.events.StudyForwarded;
import id.netral.kit.audit.AuditLog;
import id.netral.kit.outbox.Outbox;
import id.netral.kit.problem.Problem.FieldError;
import id.netral.kit.problem.ProblemException;
import id.netral.kit.security.Caller;
import id.netral.events.words.IndonesianDates;
import id.netral.report.CaseStep;
import id.netral.report.Report;
import id.netral.report.ReportStatus;
import id.netral.report.ExaminingBody;
import id.netral.report.ReportView;
import id.netral.report.TimelineEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Records that Bawaslu forwarded its study of a verified case to KASN or BKN, the step after which an examining body
 * has seen the case: until then Netral's recommendation is only a draft for the PPK. The forwarding day decides the
 * receiver ({@link HandOffSettings#receiverOn}); the event tells sanction-service and the agencies.
 */
@ApplicationScoped
public class StudyForwarding {
    @Inject
    HandOffSettings settings;
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

    @Transactional
    public ReportView forward(UUID reportId, ForwardingRequest request) {
        check(request);
        Report report = Report.existing(reportId);
        if (!verified(report)) {
            throw ProblemException.conflict("The report is " + report.status + "; Bawaslu forwards its study only of "
                    + "a verified case");
        }
        if (report.forwardedOn != null) {
            throw ProblemException.conflict("The study was already forwarded to " + report.forwardedTo + " on "
                    + report.forwardedOn + " by letter " + report.forwardingLetterNumber);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate verifiedOn = LocalDate.ofInstant(report.decidedAt, clock.getZone());
        if (request.forwardedOn().isAfter(today)) {
            throw ProblemException.invalid("forwardedOn", "must not be in the future");
        }
        if (request.forwardedOn().isBefore(verifiedOn)) {
            throw ProblemException.invalid("forwardedOn", "must not be before the verification (" + verifiedOn + ")");
        }
        ExaminingBody receiver = settings.receiverOn(request.forwardedOn());
        // microseconds: what PostgreSQL keeps, so the event and the stored row say the same instant
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        report.forwardedOn = request.forwardedOn();
        report.forwardingLetterNumber = request.letterNumber().strip();
        report.forwardedBy = request.forwardedBy().strip();
        report.forwardedTo = receiver.name();
        report.forwardingRecordedBy = caller.subject();
        report.forwardingRecordedAt = now;
        TimelineEntry.record(report.id, now, CaseStep.STUDY_FORWARDED, caller.subject(), detail(report, receiver),
                null);
        audit.record("report.study.forwarded", "report", report.id);
        outbox.append(report.id, new StudyForwarded(report.id, report.forwardedOn, report.forwardingLetterNumber,
                report.forwardedBy, receiver.name(), receiver.channel(), caller.subject(), now));
        report.saveOrConflict();
        return ReportView.of(report, TimelineEntry.of(report.id), today);
    }

    /** A case a verifier confirmed, whatever the services after it have done with it since. */
    static boolean verified(Report report) {
        return report.violationKind != null && report.status.ordinal() >= ReportStatus.VERIFIED.ordinal();
    }

    /** What the timeline says of the step: to whom, by which letter, through which channel. */
    static String detail(Report report, ExaminingBody receiver) {
        return "Kepada " + receiver.words() + " melalui " + receiver.channelWords() + "; surat nomor "
                + report.forwardingLetterNumber + " tanggal " + IndonesianDates.longForm(report.forwardedOn)
                + ", diteruskan oleh " + report.forwardedBy;
    }

    private void check(ForwardingRequest request) {
        if (request == null) {
            throw ProblemException.invalid("body", "must be the forwarding: forwardedOn, letterNumber, forwardedBy");
        }
        List<FieldError> errors = new ArrayList<>(validator.validate(request).stream().map(FieldError::of).toList());
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}

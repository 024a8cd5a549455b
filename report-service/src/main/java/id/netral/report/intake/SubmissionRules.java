package id.netral.report.intake;

import id.netral.kit.problem.Problem.FieldError;
import id.netral.kit.problem.ProblemException;
import id.netral.report.screening.Elections;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.time.LocalDate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Checks a submission completely before anything is stored, and names every field at fault in one answer: the
 * shape (bean validation) and the domain rules (NIP structure, known region and election, dates in order).
 */
@ApplicationScoped
public class SubmissionRules {
    @Inject
    Validator validator;
    @Inject
    KupangRegions regions;
    @Inject
    Elections elections;

    @Inject
    Clock clock;

    public void check(SubmitReportRequest request) {
        if (request == null) {
            throw ProblemException.invalid("body", "must be a report");
        }
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<SubmitReportRequest> violation : validator.validate(request)) {
            errors.add(FieldError.of(violation));
        }
        if (request.accused() != null && request.accused().employmentType() != null) {
            EmployeeNumber.problem(request.accused().employeeId(), request.accused().employmentType())
                    .ifPresent(problem -> errors.add(new FieldError("accused.employeeId", problem)));
        }
        if (request.reporter() != null && request.reporter().nik() != null) {
            ResidentNumber.problem(request.reporter().nik())
                    .ifPresent(problem -> errors.add(new FieldError("reporter.nik", problem)));
        }
        SubmitReportRequest.Incident incident = request.incident();
        if (incident != null) {
            checkIncident(incident, errors);
        }
        if (request.received() != null) {
            checkReceived(request.received(), incident, errors);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private void checkIncident(SubmitReportRequest.Incident incident, List<FieldError> errors) {
        LocalDate today = LocalDate.now(clock);
        Elections.Election election = incident.electionId() == null ? null
                : elections.byId().get(incident.electionId());
        if (incident.electionId() != null && !incident.electionId().isBlank() && election == null) {
            errors.add(new FieldError("incident.electionId", "must be one of " + new TreeSet<>(elections.byId().keySet())));
        }
        if (election != null) {
            notBefore(election, "incident.date", incident.date(), errors);
            notBefore(election, "incident.knownDate", incident.knownDate(), errors);
        }
        if (incident.kelurahanCode() != null && !incident.kelurahanCode().isBlank()
                && regions.kelurahan(incident.kelurahanCode()).isEmpty()) {
            errors.add(new FieldError("incident.kelurahanCode", "is not a kelurahan of Kota Kupang"));
        }
        if (incident.date() != null && incident.date().isAfter(today)) {
            errors.add(new FieldError("incident.date", "must not be in the future"));
        }
        if (incident.knownDate() != null && incident.knownDate().isAfter(today)) {
            errors.add(new FieldError("incident.knownDate", "must not be in the future"));
        }
        if (incident.date() != null && incident.knownDate() != null
                && incident.knownDate().isBefore(incident.date())) {
            errors.add(new FieldError("incident.knownDate", "must not be before the day of the act"));
        }
    }

    /** Bawaslu cannot have received a report tomorrow, nor of an act that had not happened yet. */
    private void checkReceived(SubmitReportRequest.Received received, SubmitReportRequest.Incident incident,
                               List<FieldError> errors) {
        if (received.on() == null) {
            return;
        }
        if (received.on().isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError("received.on", "must not be in the future"));
        }
        if (incident != null && incident.date() != null && received.on().isBefore(incident.date())) {
            errors.add(new FieldError("received.on", "must not be before the day of the act"));
        }
    }

    /** A day before the election's period cannot concern it; it also keeps year 0001 or -0001 out of the events. */
    private static void notBefore(Elections.Election election, String field, LocalDate day, List<FieldError> errors) {
        if (day != null && day.isBefore(election.periodStart())) {
            errors.add(new FieldError(field, "must not be before " + election.periodStart() + ", the start of "
                    + election.name()));
        }
    }
}

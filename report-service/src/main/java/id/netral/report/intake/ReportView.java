package id.netral.report.intake;

import id.netral.events.EmploymentType;
import id.netral.report.Report;
import id.netral.report.ReportStatus;
import id.netral.report.TimelineEntry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A case as verifiers and partner apps read it. The reporter's identity is not part of it: it stays in the
 * database of this service only.
 */
public record ReportView(UUID id, String trackingCode, ReportStatus status, Instant submittedAt, Accused accused,
                         Incident incident, List<Evidence> evidence, Decision decision, List<Step> timeline) {

    public record Accused(String employeeId, String name, EmploymentType employmentType, String opdCode,
                          String position) {
    }

    public record Incident(String electionId, LocalDate date, LocalDate knownDate, String kelurahanCode,
                           String description, String suspectedKind) {
    }

    public record Evidence(String url, String sha256, String description) {
    }

    public record Decision(String violationKind, String decidedBy, Instant decidedAt, String note) {
    }

    public record Step(String step, Instant at, String detail) {
    }

    public static ReportView of(Report report, List<TimelineEntry> timeline) {
        Decision decision = report.decidedAt == null ? null
                : new Decision(report.violationKind, report.decidedBy, report.decidedAt, report.decisionNote);
        return new ReportView(report.id, report.trackingCode, report.status, report.submittedAt,
                new Accused(report.accused.employeeId, report.accused.name, report.accused.employmentType,
                        report.accused.opdCode, report.accused.position),
                new Incident(report.electionId, report.incidentDate, report.knownDate, report.kelurahanCode,
                        report.description, report.suspectedKind),
                report.evidence.stream().map(e -> new Evidence(e.url, e.sha256, e.description)).toList(),
                decision,
                timeline.stream().map(t -> new Step(t.step, t.occurredAt, t.detail)).toList());
    }
}

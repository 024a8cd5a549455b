package id.netral.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.netral.events.EmploymentType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A case as verifiers and partner apps read it. The reporter's identity is not part of it: it stays in the
 * database of this service only.
 *
 * @param reporterErasedAt when the reporter's identity was erased after the case closed; absent while it is kept
 */
public record ReportView(UUID id, String trackingCode, ReportStatus status, Instant submittedAt, Accused accused,
                         Incident incident, List<Evidence> evidence, Screening screening, Verification verification,
                         Decision decision, List<Information> information, List<Step> timeline,
                         @JsonInclude(JsonInclude.Include.NON_NULL) Instant reporterErasedAt,
                         @JsonInclude(JsonInclude.Include.NON_NULL) Forwarding forwarding) {

    /**
     * Bawaslu's forwarding of its study to the body that examines the case; absent until a verifier records it.
     *
     * @param receiver     KASN or BKN, decided by the forwarding day
     * @param receiverText the body and its channel in words
     */
    public record Forwarding(LocalDate forwardedOn,
                             @Schema(examples = "123/PP.01.02/K.NT-08/10/2024") String letterNumber,
                             String forwardedBy, @Schema(examples = "BKN") String receiver,
                             @Schema(examples = "Badan Kepegawaian Negara (BKN)") String receiverText,
                             String recordedBy, Instant recordedAt) {
    }

    /** @param reasons each requirement not met, or why it was linked to an earlier report (duplicateOf) */
    public record Screening(List<String> reasons, UUID duplicateOf, Instant registeredAt) {
    }

    /** @param overdue true when the decision is still open after its due day */
    public record Verification(String assignedTo, Instant assignedAt, LocalDate decisionDue, boolean overdue) {
    }

    public record Information(@Schema(examples = SampleCase.QUESTION) String question,
                              @Schema(examples = SampleCase.EVIDENCE_URL)
                              String answer, Instant answeredAt) {
    }

    @Schema(name = "AccusedView")
    public record Accused(String employeeId, @Schema(examples = "Yohanes Bria") String name,
                          EmploymentType employmentType, String opdCode,
                          String position) {
    }

    /** @param received when Bawaslu received the report and who vouches for it; absent when it came in directly */
    @Schema(name = "IncidentView")
    public record Incident(String electionId, LocalDate date, LocalDate knownDate, String kelurahanCode,
                           @Schema(examples = SampleCase.INCIDENT) String description,
                           String suspectedKind,
                           @JsonInclude(JsonInclude.Include.NON_NULL) Received received) {
    }

    @Schema(name = "ReceivedView")
    public record Received(LocalDate on,
                           @Schema(examples = SampleCase.RECEIVED_BY) String vouchedBy) {
    }

    @Schema(name = "EvidenceView")
    public record Evidence(@Schema(examples = SampleCase.EVIDENCE_URL) String url,
                           String sha256,
                           @Schema(examples = SampleCase.EVIDENCE) String description) {
    }

    public record Decision(String violationKind, @JsonInclude(JsonInclude.Include.NON_NULL) String decidedBy,
                           Instant decidedAt, @JsonInclude(JsonInclude.Include.NON_NULL)
                           @Schema(examples = SampleCase.DECISION_NOTE)
                           String note) {
    }

    /**
     * @param label  the step in Bahasa Indonesia, as people read it
     * @param by     who took it; absent in a partner app's view
     * @param detail the decision's note, a follow-up note, a decree number; absent in a partner app's view
     */
    @Schema(name = "TimelineStep")
    public record Step(@Schema(examples = "REGISTERED") String step,
                       @Schema(examples = "Laporan memenuhi syarat dan diregistrasi") String label, Instant at,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String by,
                       @JsonInclude(JsonInclude.Include.NON_NULL)
                       @Schema(examples = SampleCase.DECISION_NOTE)
                       String detail) {
    }

    /**
     * The case as the partner app that submitted it reads it: its status and the steps with their time and words,
     * but not the discipline file (no actor, no decision note, no follow-up notes or decree numbers, not the
     * reporter's answers, not who verifies it). Verifiers and auditors read {@link #of} in full.
     */
    public ReportView forPartnerApp() {
        return new ReportView(id, trackingCode, status, submittedAt, accused, incident, evidence, screening,
                new Verification(null, null, verification.decisionDue(), verification.overdue()),
                decision == null ? null : new Decision(decision.violationKind(), null, decision.decidedAt(), null),
                List.of(), timeline.stream().map(s -> new Step(s.step(), s.label(), s.at(), null, null)).toList(),
                reporterErasedAt, null);
    }

    /** @param today Kupang's calendar day, which decides whether the case is overdue */
    public static ReportView of(Report report, List<TimelineEntry> timeline, LocalDate today) {
        Decision decision = report.decidedAt == null ? null
                : new Decision(report.violationKind, report.decidedBy, report.decidedAt, report.decisionNote);
        return new ReportView(report.id, report.trackingCode, report.status, report.submittedAt,
                new Accused(report.accused.employeeId, report.accused.name, report.accused.employmentType,
                        report.accused.opdCode, report.accused.position),
                new Incident(report.electionId, report.incidentDate, report.knownDate, report.kelurahanCode,
                        report.description, report.suspectedKind, report.receivedOn == null ? null
                        : new Received(report.receivedOn, report.receivedVouchedBy)),
                report.evidence.stream().map(e -> new Evidence(e.url, e.sha256, e.description)).toList(),
                new Screening(report.screeningReasons == null ? List.of()
                        : List.of(report.screeningReasons.split("\n")), report.duplicateOf, report.registeredAt),
                new Verification(report.assignedTo, report.assignedAt, report.decisionDue, report.isOverdue(today)),
                decision,
                ReportInformation.of(report.id).stream()
                        .map(i -> new Information(i.question, i.answer, i.answeredAt)).toList(),
                timeline.stream().map(t -> new Step(t.step, CaseStep.valueOf(t.step).label(), t.occurredAt, t.actor,
                        t.detail)).toList(),
                report.reporterErasedAt, forwarding(report));
    }

    private static Forwarding forwarding(Report report) {
        if (report.forwardedOn == null) {
            return null;
        }
        ExaminingBody receiver = ExaminingBody.valueOf(report.forwardedTo);
        return new Forwarding(report.forwardedOn, report.forwardingLetterNumber, report.forwardedBy,
                report.forwardedTo, receiver.words() + ", melalui " + receiver.channelWords(),
                report.forwardingRecordedBy, report.forwardingRecordedAt);
    }
}

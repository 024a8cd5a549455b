package id.netral.report.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.netral.events.Accused;
import id.netral.events.ReportScreened;
import id.netral.events.ReportSubmitted;
import id.netral.casemodel.AccusedColumns;
import id.netral.kit.audit.AuditLog;
import id.netral.kit.outbox.Outbox;
import id.netral.kit.problem.Problem;
import id.netral.kit.problem.ProblemException;
import id.netral.kit.security.Caller;
import id.netral.report.CaseStep;
import id.netral.report.EvidenceItem;
import id.netral.kit.problem.PlainText;
import id.netral.report.Report;
import id.netral.report.ReportStatus;
import id.netral.report.TimelineEntry;
import id.netral.report.reporter.ReporterVault;
import id.netral.report.screening.Screening;
import id.netral.report.screening.ScreeningResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/** Opens a case from a checked submission: the report, its first timeline step and its event, in one transaction. */
@ApplicationScoped
public class ReportIntake {
    @Inject
    SubmissionRules rules;
    @Inject
    Outbox outbox;
    @Inject
    ObjectMapper json;
    @Inject
    ReporterVault vault;
    @Inject
    Caller caller;
    @Inject
    AuditLog audit;
    @Inject
    Screening screening;
    @Inject
    KupangRegions regions;

    @Inject
    Clock clock;

    public record Submission(Report report, boolean replayed) {
    }

    @Transactional
    public Submission submit(SubmitReportRequest request, String idempotencyKey) {
        if (idempotencyKey != null && !PlainText.Check.isPlain(idempotencyKey, false)) {
            throw ProblemException.invalid("Idempotency-Key", PlainText.SINGLE_LINE);
        }
        rules.check(request);
        String client = caller.clientId();
        Report report = newReport(request, client);
        if (idempotencyKey != null) {
            String requestHash = hash(request);
            // a retry sent while the first attempt is still running waits in claim until that one commits
            if (!SubmissionKey.claim(client, idempotencyKey, requestHash, report.id)) {
                SubmissionKey earlier = SubmissionKey.of(client, idempotencyKey).orElseThrow();
                if (!earlier.requestHash.equals(requestHash)) {
                    throw new ProblemException(new Problem("https://netral.id/problems/idempotency-key-reused",
                            "Idempotency-Key reused", Response.Status.CONFLICT.getStatusCode(),
                            "This Idempotency-Key was used for a different report; use a new key for a new report.",
                            List.of()));
                }
                return new Submission(Report.findById(earlier.reportId), true);
            }
        }
        // screened before it is stored, so the row is written once, with its outcome
        ScreeningResult screened = screening.screen(report,
                LocalDate.ofInstant(report.submittedAt, clock.getZone()));
        Instant screenedAt = clock.instant();
        applyScreening(report, screened, screenedAt);
        report.persist();
        audit.record("report.submit", "report", report.id);
        TimelineEntry.record(report.id, report.submittedAt, CaseStep.SUBMITTED, client, null, null);
        // an allegation on a topic kept for good: the office and kind of employment for counts, never the person
        outbox.append(report.id, new ReportSubmitted(report.id, report.submittedAt, report.accused.opdCode,
                report.accused.employmentType, report.electionId, report.incidentDate, report.knownDate,
                report.kelurahanCode, report.suspectedKind));
        recordScreening(report, screened, screenedAt);
        return new Submission(report, false);
    }

    private static void applyScreening(Report report, ScreeningResult result, Instant now) {
        report.status = result.outcome();
        report.screeningReasons = result.reasons().isEmpty() ? null : String.join("\n", result.reasons());
        report.duplicateOf = result.duplicateOf();
        report.decisionDue = result.decisionDue();
        if (result.outcome() == ReportStatus.REGISTERED) {
            report.registeredAt = now;
        }
    }

    private void recordScreening(Report report, ScreeningResult result, Instant now) {
        TimelineEntry.record(report.id, now, CaseStep.valueOf(result.outcome().name()), TimelineEntry.SCREENING,
                report.screeningReasons, null);
        if (result.duplicateOf() != null) {
            TimelineEntry.record(result.duplicateOf(), now, CaseStep.DUPLICATE_LINKED, TimelineEntry.SCREENING,
                    "Laporan " + report.id, null);
        }
        outbox.append(report.id, new ReportScreened(report.id, result.outcome().name(), result.reasons(),
                result.duplicateOf(), result.decisionDue(), now));
    }

    private Report newReport(SubmitReportRequest request, String client) {
        Report report = new Report();
        report.id = UUID.randomUUID();
        report.submittedBy = client;
        report.trackingCode = TrackingCodes.next();
        report.submittedAt = clock.instant();
        report.reporterKeyId = vault.activeKeyId();
        SubmitReportRequest.Reporter reporter = request.reporter();
        if (reporter != null) {
            report.reporterName = vault.seal(PersonNames.normalised(reporter.name()), report.id, "name");
            report.reporterContact = vault.seal(reporter.contact().strip(), report.id, "contact");
            report.reporterNik = vault.seal(reporter.nik(), report.id, "nik");
            report.reporterConfidential = reporter.confidential();
        }
        report.accused = AccusedColumns.of(new Accused(blankToNull(request.accused().employeeId()),
                PersonNames.normalised(request.accused().name()), request.accused().employmentType(), request.accused().opdCode(),
                blankToNull(request.accused().position())));
        report.electionId = request.incident().electionId();
        report.incidentDate = request.incident().date();
        report.knownDate = request.incident().knownDate();
        if (request.received() != null) {
            report.receivedOn = request.received().on();
            report.receivedVouchedBy = request.received().vouchedBy().strip();
        }
        report.kelurahanCode = request.incident().kelurahanCode();
        // the code was checked against the region data by SubmissionRules
        report.kecamatanCode = regions.kelurahan(report.kelurahanCode).orElseThrow().kecamatanCode();
        report.description = request.incident().description().strip();
        report.suspectedKind = request.incident().suspectedKind();
        if (request.evidence() != null) {
            request.evidence().forEach(e -> report.evidence.add(new EvidenceItem(e.url(), e.sha256(),
                    e.description())));
        }
        return report;
    }

    private String hash(SubmitReportRequest request) {
        try {
            byte[] canonical = json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the submission", e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

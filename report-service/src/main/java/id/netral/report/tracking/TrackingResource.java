package id.netral.report.tracking;

import id.netral.report.SampleCase;
import id.netral.kit.problem.PlainText;
import id.netral.kit.problem.ProblemException;
import id.netral.report.CaseStep;
import id.netral.report.Report;
import id.netral.report.ReportStatus;
import id.netral.report.TimelineEntry;
import id.netral.report.verification.Verification;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The reporter's view: status and steps by tracking code, and nothing about anyone. */
@Tag(name = "Tracking", description = "A reporter follows a case by its tracking code, without signing in")
@Path("/api/v1/tracking/{code}")
@Produces(MediaType.APPLICATION_JSON)
public class TrackingResource {
    @Inject
    Verification verification;

    /** @param question the verifier's question, while the case waits for the reporter's answer */
    public record Tracking(String trackingCode, ReportStatus status,
                           @Schema(examples = SampleCase.QUESTION) String question,
                           List<Step> steps) {
    }

    /** @param label the step in Bahasa Indonesia, as the reporter reads it */
    @Schema(name = "TrackingStep")
    public record Step(CaseStep step, @Schema(examples = "Laporan memenuhi syarat dan diregistrasi") String label,
                       Instant at) {
    }

    public record Answer(@NotBlank @Size(max = 5000) @PlainText(lineBreaks = true)
                         @Schema(examples = SampleCase.EVIDENCE_URL) String answer) {
    }

    @GET
    @PermitAll
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Progress of a case by its tracking code; shows status only, no personal data")
    @APIResponse(responseCode = "200", description = "The case's status and steps", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Tracking.class)))
    @APIResponse(responseCode = "404", description = "No case has this code")
    @APIResponse(responseCode = "429", description = "Too many lookups from this address; see Retry-After")
    public Tracking track(@PathParam("code") String code) {
        Report report = lookUp(code);
        Map<CaseStep, Instant> firstReached = new LinkedHashMap<>();
        for (TimelineEntry entry : TimelineEntry.of(report.id)) {
            firstReached.putIfAbsent(CaseStep.valueOf(entry.step), entry.occurredAt);
        }
        List<Step> steps = firstReached.entrySet().stream()
                .map(step -> new Step(step.getKey(), step.getKey().label(), step.getValue()))
                .toList();
        return new Tracking(report.trackingCode, report.status,
                report.status == ReportStatus.NEEDS_INFO ? report.decisionNote : null, steps);
    }

    @POST
    @Path("/information")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Transactional
    @Operation(summary = "The reporter answers the verifier's question (while the case is NEEDS_INFO)")
    @APIResponse(responseCode = "204", description = "Answer recorded; the case waits for a decision again")
    @APIResponse(responseCode = "400", description = "No answer given, or one with control characters other than line "
            + "breaks and tabs")
    @APIResponse(responseCode = "404", description = "No case has this code")
    @APIResponse(responseCode = "409", description = "No question is waiting for an answer")
    @APIResponse(responseCode = "413", description = "A body over 512 KB, or one without Content-Length; refused "
            + "before it is read")
    @APIResponse(responseCode = "429", description = "Too many requests from this address, counted before the body "
            + "is read; see Retry-After")
    public void answer(@PathParam("code") String code, Answer answer) {
        if (answer == null || answer.answer() == null || answer.answer().isBlank()) {
            throw ProblemException.invalid("answer", "must not be blank");
        }
        if (answer.answer().length() > 5000) {
            throw ProblemException.invalid("answer", "size must be between 0 and 5000");
        }
        if (!PlainText.Check.isPlain(answer.answer(), true)) {
            throw ProblemException.invalid("answer", PlainText.PROSE);
        }
        verification.answer(lookUp(code), answer.answer());
    }

    /** The per-address rate limit was taken by RequestGate before the request was read. */
    private Report lookUp(String code) {
        String normalised = code.strip().toUpperCase(Locale.ROOT);
        // what cannot be a code is not looked for: a NUL would not even reach the database's index
        if (!normalised.matches("[0-9A-Z-]{1,20}")) {
            throw ProblemException.notFound("No case has this tracking code");
        }
        return Report.byTrackingCode(normalised)
                .orElseThrow(() -> ProblemException.notFound("No case has this tracking code"));
    }
}

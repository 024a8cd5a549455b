package id.netral.report.tracking;

import id.netral.kit.problem.ProblemException;
import id.netral.kit.ratelimit.RateLimits;
import id.netral.kit.security.Caller;
import id.netral.report.Report;
import id.netral.report.ReportStatus;
import id.netral.report.TimelineEntry;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/** The reporter's view: status and steps by tracking code, and nothing about anyone. */
@Path("/api/v1/tracking/{code}")
@Produces(MediaType.APPLICATION_JSON)
public class TrackingResource {

    public record Tracking(String trackingCode, ReportStatus status, List<Step> steps) {
    }

    /** @param label the step in Bahasa Indonesia, as the reporter reads it */
    public record Step(ReportStatus step, String label, Instant at) {
    }

    @Inject
    RateLimits rateLimits;
    @Inject
    Caller caller;

    @GET
    @PermitAll
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Progress of a case by its tracking code; shows status only, no personal data")
    @APIResponse(responseCode = "404", description = "No case has this code")
    @APIResponse(responseCode = "429", description = "Too many lookups from this address; see Retry-After")
    public Tracking track(@PathParam("code") String code) {
        rateLimits.take("tracking-per-address", caller.address());
        String normalised = code.strip().toUpperCase(Locale.ROOT);
        Report report = Report.byTrackingCode(normalised)
                .orElseThrow(() -> ProblemException.notFound("No case has this tracking code"));
        Map<ReportStatus, Instant> firstReached = new LinkedHashMap<>();
        for (TimelineEntry entry : TimelineEntry.of(report.id)) {
            firstReached.putIfAbsent(ReportStatus.valueOf(entry.step), entry.occurredAt);
        }
        List<Step> steps = firstReached.entrySet().stream()
                .map(step -> new Step(step.getKey(), label(step.getKey()), step.getValue()))
                .toList();
        return new Tracking(report.trackingCode, report.status, steps);
    }

    static String label(ReportStatus status) {
        return switch (status) {
            case SUBMITTED -> "Laporan diterima";
            case NEEDS_INFO -> "Verifikator meminta keterangan tambahan";
            case VERIFIED -> "Laporan terverifikasi";
            case NOT_PROVEN -> "Laporan tidak terbukti";
            case RECOMMENDED -> "Rekomendasi sanksi telah disusun";
            case NOTIFIED -> "Pimpinan OPD telah diberi tahu";
        };
    }
}

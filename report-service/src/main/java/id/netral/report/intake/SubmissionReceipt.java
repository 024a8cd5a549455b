package id.netral.report.intake;

import id.netral.report.ReportStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** The answer to a submission: the case id for the partner app and the tracking code for the reporter. */
public record SubmissionReceipt(
        UUID id,
        @Schema(description = "Give this to the reporter: it shows the case's progress and nothing personal",
                example = "7KQM3-XPAN9-TDH4R") String trackingCode,
        ReportStatus status) {
}

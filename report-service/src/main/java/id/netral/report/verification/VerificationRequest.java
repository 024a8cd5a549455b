package id.netral.report.verification;

import id.netral.report.intake.SubmitReportRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record VerificationRequest(
        @NotNull VerificationDecision decision,
        @Pattern(regexp = SubmitReportRequest.VIOLATION_KIND, message = "must be an SKB 2022 kind, E1-E7 or D1-D13")
        @Schema(description = "Required when VERIFIED: the confirmed SKB 2022 kind", example = "D2")
        String violationKind,
        @Size(max = 5000) @Schema(description = "Required for NOT_PROVEN (the reason) and NEEDS_INFO (the question)")
        String note) {
}

package id.netral.report.verification;

import id.netral.report.SampleCase;
import id.netral.kit.problem.PlainText;
import id.netral.report.ViolationKinds;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record VerificationRequest(
        @NotNull VerificationDecision decision,
        @Pattern(regexp = ViolationKinds.PATTERN, message = ViolationKinds.INVALID)
        @Schema(description = "Required when VERIFIED: the confirmed SKB 2022 kind", example = "D2")
        String violationKind,
        @Size(max = 5000) @PlainText(lineBreaks = true) @Schema(description = "Required for NOT_PROVEN (the reason) and NEEDS_INFO (the question)",
                examples = SampleCase.QUESTION)
        String note) {
}

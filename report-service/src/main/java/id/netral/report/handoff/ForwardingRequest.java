package id.netral.report.handoff;

import id.netral.kit.problem.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/**
 * Bawaslu's forwarding of its study as the verifier records it from the letter.
 *
 * @param forwardedOn  the day of the forwarding letter; it decides KASN or BKN
 * @param letterNumber the letter's number
 * @param forwardedBy  the Bawaslu office or official that forwarded it, as the letter is signed
 */
public record ForwardingRequest(
        @NotNull(message = "is required: the day of Bawaslu's forwarding letter")
        @Schema(example = "2024-10-07") LocalDate forwardedOn,
        @NotBlank(message = "is required: the number of Bawaslu's forwarding letter") @Size(max = 100) @PlainText
        @Schema(example = "112/PP.01.02/K.NT-12/10/2024") String letterNumber,
        @NotBlank(message = "is required: who forwarded the study") @Size(max = 200) @PlainText
        @Schema(example = "Ketua Bawaslu Kota Kupang") String forwardedBy) {
}

package id.netral.notification.followup;

import id.netral.kit.problem.PlainText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A follow-up step as the OPD head records it. */
public record FollowUpRequest(@NotNull FollowUpStep step, @Size(max = 2000) @PlainText(lineBreaks = true)
                              @Schema(examples = "Yang bersangkutan dipanggil untuk pemeriksaan pada 14 Oktober 2024.")
                              String note) {
}

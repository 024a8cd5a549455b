package id.netral.notification.followup;

import id.netral.notification.PlainText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A follow-up step as the OPD head records it. */
public record FollowUpRequest(@NotNull FollowUpStep step, @Size(max = 2000) @Pattern(regexp = PlainText.LINES, message = PlainText.LINES_MESSAGE) String note) {
}

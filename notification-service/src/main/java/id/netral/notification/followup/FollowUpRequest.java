package id.netral.notification.followup;

import id.netral.kit.problem.PlainText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A follow-up step as the OPD head records it. */
public record FollowUpRequest(@NotNull FollowUpStep step, @Size(max = 2000) @PlainText(lineBreaks = true) String note) {
}

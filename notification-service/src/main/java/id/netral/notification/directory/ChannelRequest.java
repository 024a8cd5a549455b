package id.netral.notification.directory;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** @param preference EMAIL, WEBHOOK or EMAIL_AND_WEBHOOK; the last two need the OPD's webhook */
public record ChannelRequest(
        @NotNull @Pattern(regexp = "EMAIL|WEBHOOK|EMAIL_AND_WEBHOOK",
                message = "must be EMAIL, WEBHOOK or EMAIL_AND_WEBHOOK")
        @Schema(examples = "EMAIL_AND_WEBHOOK") String preference) {
}

package id.netral.notification.directory;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** @param preference EMAIL, WEBHOOK or EMAIL_AND_WEBHOOK; the last two need the OPD's webhook */
public record ChannelRequest(
        @NotNull @Pattern(regexp = "EMAIL|WEBHOOK|EMAIL_AND_WEBHOOK",
                message = "must be EMAIL, WEBHOOK or EMAIL_AND_WEBHOOK") String preference) {
}

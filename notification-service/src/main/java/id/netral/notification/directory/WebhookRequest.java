package id.netral.notification.directory;

import id.netral.notification.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** @param secret the shared signing secret, at least 32 characters; stored, never shown again */
public record WebhookRequest(@NotBlank @Size(max = 2000) @Pattern(regexp = PlainText.ONE_LINE, message = PlainText.ONE_LINE_MESSAGE) String url,
                             @NotBlank @Size(min = 32, max = 200) @Pattern(regexp = PlainText.ONE_LINE, message = PlainText.ONE_LINE_MESSAGE) String secret) {
}

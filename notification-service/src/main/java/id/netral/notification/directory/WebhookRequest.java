package id.netral.notification.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** @param secret the shared signing secret, at least 32 characters; stored, never shown again */
public record WebhookRequest(@NotBlank @Size(max = 2000) String url, @NotBlank @Size(min = 32, max = 200) String secret) {
}

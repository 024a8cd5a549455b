package id.netral.notification.directory;

import id.netral.kit.problem.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * @param secret the shared signing secret: a Standard Webhooks {@code whsec_} secret, or any text of at least 32
 *               characters as offices were given before; stored, never shown again
 */
public record WebhookRequest(@NotBlank @Size(max = 2000) @PlainText String url,
                             @NotBlank @Size(min = 32, max = 200) @PlainText String secret) {
}

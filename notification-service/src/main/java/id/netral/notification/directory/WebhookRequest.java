package id.netral.notification.directory;

import id.netral.kit.problem.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * @param secret the shared signing secret: a Standard Webhooks {@code whsec_} secret, or any text of at least 32
 *               characters as offices were given before; stored, never shown again
 */
public record WebhookRequest(@NotBlank @Size(max = 2000) @PlainText
                             @Schema(examples = SampleOpd.WEBHOOK_URL) String url,
                             @NotBlank @Size(min = 32, max = 200) @PlainText
                             @Schema(examples = "whsec_MfKQ9r3RDsT4pz4UZl1wqWqJ6Qk0dMoC") String secret) {
}

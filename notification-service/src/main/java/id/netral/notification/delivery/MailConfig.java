package id.netral.notification.delivery;

import io.smallrye.config.ConfigMapping;
import jakarta.validation.constraints.NotBlank;

/** How a notice's e-mail is marked. */
@ConfigMapping(prefix = "netral.notification.mail")
public interface MailConfig {
    /** The domain of a notice's Message-ID, {@code <notification-{id}@domain>}: the same on every attempt. */
    @NotBlank
    String messageIdDomain();
}

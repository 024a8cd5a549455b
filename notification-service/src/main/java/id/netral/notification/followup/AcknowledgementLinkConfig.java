package id.netral.notification.followup;

import io.smallrye.config.ConfigMapping;
import jakarta.validation.constraints.NotBlank;
import org.hibernate.validator.constraints.time.DurationMin;

import java.time.Duration;
import java.util.Optional;

/** The signed acknowledgement links (see {@link AcknowledgementLinks}). */
@ConfigMapping(prefix = "netral.notification.ack-link")
public interface AcknowledgementLinkConfig {
    /** Signs the links; no production default, and without it there are no links. */
    Optional<String> secret();

    /** Where this service is reached from the recipients' mail, e.g. {@code https://netral.kupangkota.example}. */
    @NotBlank
    String baseUrl();

    /**
     * Where the console is reached from the recipients' mail, e.g. {@code https://netral.kupangkota.example}: the
     * e-mail's link opens the console's page for it, which acknowledges through this service's API.
     */
    @NotBlank
    String consoleUrl();

    /** How long after the notice was written its link acknowledges. */
    @DurationMin(millis = 1)
    Duration validity();
}

package id.netral.report.evidence;

import io.smallrye.config.ConfigMapping;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;

import java.util.Set;

/** What evidence files a partner app may upload ({@code netral.evidence.*}). */
@ConfigMapping(prefix = "netral.evidence")
public interface EvidenceSettings {
    /** The media types accepted, e.g. image/jpeg; anything else is refused with 400. */
    @NotEmpty
    Set<String> mediaTypes();

    /** The largest file, in bytes. */
    @Positive
    long maxBytes();
}

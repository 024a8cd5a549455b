package id.netral.report.evidence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;

import java.util.Set;

/** What evidence files a partner app may upload ({@code netral.evidence.*}). */
@ConfigMapping(prefix = "netral.evidence")
public interface EvidenceSettings {
    /**
     * The media types accepted, e.g. image/jpeg; anything else is refused with 400. Each file is also checked to be
     * what it declares by its first bytes, which are known for image/jpeg, image/png, image/webp, video/mp4 and
     * application/pdf only: a type outside these can be listed but no file will pass as it.
     */
    @NotEmpty
    Set<String> mediaTypes();

    /** The largest file, in bytes. */
    @Positive
    long maxBytes();

    /** How many files one report may hold. */
    @WithDefault("20")
    @Positive
    int maxFilesPerReport();

    /** How many bytes of files one report may hold, all files together (100 MB). */
    @WithDefault("104857600")
    @Positive
    long maxBytesPerReport();
}

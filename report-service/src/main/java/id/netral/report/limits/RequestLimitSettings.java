package id.netral.report.limits;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Positive;

/** How large a request body may be outside the evidence upload ({@code netral.request-limits.*}). */
@ConfigMapping(prefix = "netral.request-limits")
public interface RequestLimitSettings {
    /**
     * The largest body of any request but an evidence upload, in bytes: the kit's 512 KB. The service's own
     * {@code quarkus.http.limits.max-body-size} is raised to the largest evidence file, so this is what keeps JSON
     * endpoints small.
     */
    @WithDefault("524288")
    @Positive
    long maxBodyBytes();
}

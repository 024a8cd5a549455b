package id.netral.report.intake;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;

import java.time.LocalDate;
import java.util.Map;

/** The elections a report may name, from configuration ({@code netral.elections."ID".*}). */
@ConfigMapping(prefix = "netral.elections")
public interface Elections {
    @WithParentName
    Map<String, Election> byId();

    interface Election {
        String name();

        LocalDate votingDay();
    }
}

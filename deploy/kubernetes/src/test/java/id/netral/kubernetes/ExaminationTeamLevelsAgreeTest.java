package id.netral.kubernetes;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * notification-service refuses an examination without the examination team for the levels it lists, and
 * sanction-service refuses the PPK's decree until that team is formed for the same levels. Different lists would
 * leave a case whose decree waits for a team nobody is asked to form, or one decided without the team the other
 * demands: both read netral.procedure.examination-team-levels, and their defaults must be the same.
 */
class ExaminationTeamLevelsAgreeTest {
    private static final String KEY = "netral.procedure.examination-team-levels";

    @Test
    void bothServicesAskForTheExaminationTeamAtTheSameLevels() {
        Set<String> notification = levels("notification-service");
        assertThat(notification).as("notification-service's " + KEY).isNotEmpty();
        assertThat(levels("sanction-service")).as("sanction-service's " + KEY).isEqualTo(notification);
    }

    private static Set<String> levels(String service) {
        String value = Manifests.serviceProperties(service).getProperty(KEY, "");
        return Arrays.stream(value.split(",")).map(String::strip).filter(level -> !level.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}

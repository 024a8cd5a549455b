package id.netral.kubernetes;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * report-service accepts reports about the elections it is configured with, and sanction-service decides the
 * candidacy stage from its own election calendar. An election in the first and not in the second would send every
 * verified case of it to manual review, so both must list the same elections with the same voting day.
 */
class ElectionsAgreeTest {
    private static final Pattern REPORT_VOTING_DAY = Pattern.compile("netral\\.elections\\.\"?([A-Z0-9-]+)\"?\\.voting-day");
    private static final Pattern SANCTION_VOTING_DAY =
            Pattern.compile("netral\\.sanction\\.elections\\.\"?([A-Z0-9-]+)\"?\\.voting-day");

    @Test
    void bothServicesKnowTheSameElectionsWithTheSameVotingDay() {
        Map<String, String> accepted = votingDays(Manifests.serviceProperties("report-service"), REPORT_VOTING_DAY);
        Map<String, String> calendar = votingDays(Manifests.serviceProperties("sanction-service"), SANCTION_VOTING_DAY);
        assertThat(accepted).as("elections report-service accepts").isNotEmpty();
        assertThat(calendar).as("sanction-service's election calendar").isEqualTo(accepted);
    }

    private static Map<String, String> votingDays(Properties properties, Pattern key) {
        Map<String, String> days = new TreeMap<>();
        for (String name : properties.stringPropertyNames()) {
            Matcher matcher = key.matcher(name);
            if (matcher.matches()) {
                days.put(matcher.group(1), properties.getProperty(name).strip());
            }
        }
        return days;
    }
}

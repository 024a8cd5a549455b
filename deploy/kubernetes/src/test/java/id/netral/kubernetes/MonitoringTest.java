package id.netral.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The alerts speak of metrics the services really serve, and each tells the operator what to do. */
class MonitoringTest {
    private static final Path MONITORING = Manifests.DEPLOY.resolve("monitoring");
    private static final Pattern NETRAL_METRIC_IN_EXPRESSION = Pattern.compile("\\bnetral_[a-z_]+");
    // "netral.outbox.pending.events" registered in the code is netral_outbox_pending_events on /q/metrics
    private static final Pattern NETRAL_METRIC_IN_CODE = Pattern.compile("\"(netral(\\.[a-z]+)+)\"");

    @Test
    void theAlertsAreListedAndEachHasASeverityAndAnAnswer() {
        List<Manifests.Doc> docs = Manifests.read(MONITORING.resolve("alerts.yaml"));
        assertThat(docs).singleElement().satisfies(rule -> {
            assertThat(rule.apiVersion() + "/" + rule.kind()).isEqualTo("monitoring.coreos.com/v1/PrometheusRule");
            assertThat(rule.namespace()).isEqualTo("netral");
        });
        JsonNode kustomization = Manifests.read(MONITORING.resolve("kustomization.yaml")).get(0).tree();
        assertThat(kustomization.path("resources").get(0).asText()).isEqualTo("alerts.yaml");
        List<JsonNode> rules = rules();
        assertThat(rules).isNotEmpty();
        for (JsonNode rule : rules) {
            String alert = rule.path("alert").asText();
            assertThat(alert).as("every rule is an alert with a name").startsWith("Netral");
            assertThat(rule.path("expr").asText()).as(alert).isNotBlank();
            assertThat(rule.path("labels").path("severity").asText()).as(alert).isIn("critical", "warning");
            assertThat(rule.path("annotations").path("summary").asText()).as(alert).isNotBlank();
            assertThat(rule.path("annotations").path("description").asText()).as(alert).isNotBlank();
        }
    }

    @Test
    void everyNetralMetricAnAlertUsesIsOneTheServicesServe() throws IOException {
        Set<String> served = servedMetrics();
        assertThat(served).contains("netral_outbox_oldest_pending_age_seconds");
        for (JsonNode rule : rules()) {
            Matcher metric = NETRAL_METRIC_IN_EXPRESSION.matcher(rule.path("expr").asText());
            while (metric.find()) {
                String name = metric.group();
                assertThat(served.contains(name) || served.contains(name.replaceAll("_total$", "")))
                        .as(rule.path("alert").asText() + " uses " + name + ", which no service registers")
                        .isTrue();
            }
        }
    }

    private static List<JsonNode> rules() {
        JsonNode groups = Manifests.read(MONITORING.resolve("alerts.yaml")).get(0).tree().path("spec").path("groups");
        return Stream.of(groups).flatMap(g -> java.util.stream.StreamSupport.stream(g.spliterator(), false))
                .flatMap(group -> java.util.stream.StreamSupport.stream(group.path("rules").spliterator(), false))
                .toList();
    }

    /** The Netral meters the Java sources register, in their Prometheus names (counters without _total). */
    private static Set<String> servedMetrics() throws IOException {
        Set<String> names = new HashSet<>();
        for (String module : List.of("service-kit", "report-service", "sanction-service", "notification-service")) {
            try (Stream<Path> sources = Files.walk(Manifests.ROOT.resolve(module).resolve("src/main/java"))) {
                for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher name = NETRAL_METRIC_IN_CODE.matcher(Files.readString(source));
                    while (name.find()) {
                        names.add(name.group(1).replace('.', '_'));
                    }
                }
            }
        }
        return names;
    }
}

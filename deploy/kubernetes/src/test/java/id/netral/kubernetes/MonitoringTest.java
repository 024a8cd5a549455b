package id.netral.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Service;
import id.netral.kubernetes.Manifests.Doc;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monitoring finds what it should (monitors select the services, databases and Kafka; rules and monitors carry
 * the labels their Prometheus selects), the alerts and dashboards speak of metrics that something really exposes, and
 * each alert has a runbook line in README.md.
 */
class MonitoringTest {
    private static final Path MONITORING = Manifests.DEPLOY.resolve("monitoring");
    private static final Path EXPOSED = Manifests.DEPLOY.resolve("src/test/resources/exposed-metrics.txt");
    // "netral.outbox.pending.events" registered in the code is netral_outbox_pending_events on /q/metrics
    private static final Pattern NETRAL_METRIC_IN_CODE = Pattern.compile("\"(netral(\\.[a-z]+)+)\"");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Set<String> PROMQL_KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "by", "without",
            "on", "ignoring", "group_left", "group_right", "inf", "nan");

    @Test
    void theAlertsAreListedAndEachHasASeverityAndAnAnswer() {
        List<Doc> docs = Manifests.read(MONITORING.resolve("alerts.yaml"));
        assertThat(docs).singleElement().satisfies(rule -> {
            assertThat(rule.apiVersion() + "/" + rule.kind()).isEqualTo("monitoring.coreos.com/v1/PrometheusRule");
            assertThat(rule.namespace()).isEqualTo("netral");
        });
        List<JsonNode> rules = rules();
        assertThat(rules).hasSizeGreaterThan(10);
        for (JsonNode rule : rules) {
            String alert = rule.path("alert").asText();
            assertThat(alert).as("every rule is an alert with a name").startsWith("Netral");
            assertThat(rule.path("expr").asText()).as(alert).isNotBlank();
            assertThat(rule.path("labels").path("severity").asText()).as(alert).isIn("critical", "warning");
            assertThat(rule.path("annotations").path("summary").asText()).as(alert).isNotBlank();
            assertThat(rule.path("annotations").path("description").asText()).as(alert).isNotBlank();
        }
    }

    /** README.md's table of alerts: | `Alert` | when | severity | what to do |, the severity the rule's. */
    @Test
    void everyAlertHasARunbookLineInTheReadme() {
        String readme = Manifests.readme();
        for (JsonNode rule : rules()) {
            String alert = rule.path("alert").asText();
            Matcher row = Pattern.compile("(?m)^\\| `" + alert + "` \\|([^|\\n]+)\\|([^|\\n]+)\\|([^|\\n]+)\\|$")
                    .matcher(readme);
            assertThat(row.find()).as(alert + " has a row | `" + alert + "` | when | severity | what to do | in "
                    + "README.md").isTrue();
            assertThat(row.group(2).strip()).as(alert).isEqualTo(rule.path("labels").path("severity").asText());
            assertThat(row.group(3).strip()).as(alert + "'s runbook").hasSizeGreaterThan(30);
        }
    }

    @Test
    void everyMetricAnAlertUsesIsExposed() throws IOException {
        Set<String> served = servedMetrics();
        assertThat(served).contains("netral_outbox_oldest_pending_age_seconds");
        Set<String> exposed = exposedMetrics();
        for (JsonNode rule : rules()) {
            for (String name : metricNames(rule.path("expr").asText())) {
                assertThat(isExposed(name, served, exposed))
                        .as(rule.path("alert").asText() + " uses " + name + ", which nothing exposes").isTrue();
            }
        }
    }

    /** Valid dashboard JSON; every query names a metric that the services or the exporters expose. */
    @Test
    void everyDashboardQueryNamesAnExposedMetric() throws IOException {
        Set<String> served = servedMetrics();
        Set<String> exposed = exposedMetrics();
        List<Path> dashboards = dashboards();
        assertThat(dashboards).hasSizeGreaterThanOrEqualTo(2);
        Set<String> uids = new HashSet<>();
        for (Path file : dashboards) {
            JsonNode dashboard = Manifests.JSON.readTree(file.toFile());
            assertThat(dashboard.path("title").asText()).as(file.toString()).isNotBlank();
            assertThat(uids.add(dashboard.path("uid").asText())).as(file + "'s uid is unique").isTrue();
            assertThat(dashboard.path("panels")).as(file.toString()).isNotEmpty();
            for (JsonNode panel : dashboard.path("panels")) {
                String where = file.getFileName() + ", panel " + panel.path("title").asText();
                assertThat(panel.path("targets")).as(where).isNotEmpty();
                for (JsonNode target : panel.path("targets")) {
                    String expr = target.path("expr").asText();
                    Set<String> names = metricNames(expr);
                    assertThat(names).as(where + ": " + expr).isNotEmpty();
                    for (String name : names) {
                        assertThat(isExposed(name, served, exposed))
                                .as(where + " queries " + name + ", which nothing exposes").isTrue();
                    }
                }
            }
        }
    }

    /** The Grafana sidecar loads a ConfigMap with the label grafana_dashboard=1: one per dashboard file. */
    @Test
    void everyDashboardIsInAConfigMapTheGrafanaSidecarLoads() {
        List<Doc> monitoring = Kustomize.build(MONITORING);
        Set<String> loaded = new HashSet<>();
        for (Doc map : monitoring) {
            if (map.kind().equals("ConfigMap")
                    && "1".equals(map.tree().path("metadata").path("labels").path("grafana_dashboard").asText())) {
                map.tree().path("data").fieldNames().forEachRemaining(loaded::add);
            }
        }
        assertThat(loaded).containsExactlyInAnyOrderElementsOf(
                dashboards().stream().map(p -> p.getFileName().toString()).toList());
    }

    /** The exposed names of the Kafka nodes are ones the JMX exporter's rules (base/kafka/metrics.yaml) can write. */
    @Test
    void theKafkaNamesComeFromTheExportersRules() throws IOException {
        Doc config = Kustomize.build(Manifests.DEPLOY.resolve("base")).stream()
                .filter(d -> d.kind().equals("ConfigMap") && d.name().equals("kafka-metrics")).findFirst()
                .orElseThrow();
        JsonNode kafka = Kustomize.build(Manifests.DEPLOY.resolve("base")).stream()
                .filter(d -> d.kind().equals("Kafka")).findFirst().orElseThrow().tree().path("spec");
        JsonNode reference = kafka.path("kafka").path("metricsConfig").path("valueFrom").path("configMapKeyRef");
        assertThat(reference.path("name").asText()).isEqualTo(config.name());
        JsonNode rules = new YAMLMapper().readTree(config.tree().path("data").path(reference.path("key").asText())
                .asText());
        assertThat(rules.path("lowercaseOutputName").asBoolean()).isTrue();
        List<Pattern> templates = new ArrayList<>();
        rules.path("rules").forEach(rule -> templates.add(Pattern.compile(
                rule.path("name").asText().replaceAll("\\$\\d", "[a-z0-9]+"))));
        assertThat(kafka.has("kafkaExporter")).as("Kafka Exporter for consumer lag").isTrue();
        for (String name : exposedMetrics()) {
            if (name.startsWith("kafka_server_") || name.startsWith("kafka_controller_")) {
                assertThat(templates).as(name).anySatisfy(t -> assertThat(t.matcher(name).matches()).isTrue());
            }
        }
    }

    /**
     * In the rendering under test: the ServiceMonitor scrapes every service's and the console's metrics path on a port
     * its Service has; the PodMonitors select every database cluster's instances and the Kafka cluster's pods; and every monitor
     * and rule carries the same labels, so the selector that finds one finds all.
     */
    @Test
    void theMonitorsFindTheServicesTheDatabasesAndKafka() {
        List<Doc> monitors = Manifests.all().stream().filter(d -> d.apiVersion().startsWith("monitoring.coreos.com/"))
                .toList();
        if (monitors.isEmpty()) {
            // this rendering has no monitoring (the test cluster): check monitoring/ as a site would add it
            monitors = Kustomize.build(MONITORING).stream()
                    .filter(d -> d.apiVersion().startsWith("monitoring.coreos.com/")).toList();
        }
        assertThat(monitors.stream().map(d -> d.tree().path("metadata").path("labels")).distinct())
                .as("the labels of every monitor and rule").hasSize(1);
        List<JsonNode> serviceEndpoints = monitors.stream().filter(d -> d.kind().equals("ServiceMonitor"))
                .flatMap(d -> {
                    LabelSelector selector = Manifests.JSON.convertValue(d.tree().path("spec").path("selector"),
                            LabelSelector.class);
                    return Manifests.APPLICATIONS.stream()
                            .map(s -> Manifests.find("Service", s).orElseThrow().as(Service.class))
                            .filter(s -> NetworkPolicyTest.selects(selector, s.getMetadata().getLabels()))
                            .flatMap(s -> stream(d.tree().path("spec").path("endpoints"))
                                    .filter(e -> s.getSpec().getPorts().stream()
                                            .anyMatch(p -> p.getName().equals(e.path("port").asText())))
                                    .map(e -> (JsonNode) ((ObjectNode) e.deepCopy()).put("service", s.getMetadata().getName())));
                }).toList();
        for (String service : Manifests.APPLICATIONS) {
            String path = Manifests.deployment(service).getSpec().getTemplate().getMetadata().getAnnotations()
                    .get("prometheus.io/path");
            assertThat(serviceEndpoints).as(service + " is scraped").anySatisfy(e -> {
                assertThat(e.path("service").asText()).isEqualTo(service);
                assertThat(e.path("path").asText()).isEqualTo(path);
            });
        }
        List<LabelSelector> podSelectors = monitors.stream().filter(d -> d.kind().equals("PodMonitor"))
                .map(d -> Manifests.JSON.convertValue(d.tree().path("spec").path("selector"), LabelSelector.class))
                .toList();
        for (Doc cluster : Manifests.ofKind("Cluster")) {
            assertThat(podSelectors).as("a PodMonitor selects " + cluster.name() + "'s instances")
                    .anySatisfy(s -> assertThat(NetworkPolicyTest.selects(s, Map.of("cnpg.io/cluster",
                            cluster.name(), "cnpg.io/podRole", "instance"))).isTrue());
        }
        for (Doc kafka : Manifests.ofKind("Kafka")) {
            assertThat(podSelectors).as("a PodMonitor selects the Kafka nodes and Kafka Exporter of " + kafka.name())
                    .anySatisfy(s -> assertThat(NetworkPolicyTest.selects(s, Map.of("strimzi.io/cluster",
                            kafka.name(), "strimzi.io/kind", "Kafka", "strimzi.io/name",
                            kafka.name() + "-kafka-exporter"))).isTrue());
        }
    }

    private static List<JsonNode> rules() {
        JsonNode groups = Manifests.read(MONITORING.resolve("alerts.yaml")).get(0).tree().path("spec").path("groups");
        return stream(groups).flatMap(group -> stream(group.path("rules"))).toList();
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    private static List<Path> dashboards() {
        try (Stream<Path> files = Files.list(MONITORING.resolve("dashboards"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The metric names a PromQL expression selects: identifiers that are not functions, keywords or label names. */
    static Set<String> metricNames(String expr) {
        String text = expr.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")
                .replaceAll("\\{[^}]*\\}", " ")
                .replaceAll("\\[[^\\]]*\\]", " ")
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
        Set<String> names = new HashSet<>();
        Matcher identifier = IDENTIFIER.matcher(text);
        while (identifier.find()) {
            String name = identifier.group();
            String rest = text.substring(identifier.end()).stripLeading();
            boolean function = rest.startsWith("(");
            boolean number = identifier.start() > 0 && Character.isDigit(text.charAt(identifier.start() - 1));
            if (!function && !number && !PROMQL_KEYWORDS.contains(name.toLowerCase())) {
                names.add(name);
            }
        }
        return names;
    }

    @Test
    void metricNamesLeavesOutFunctionsLabelsAndKeywords() {
        assertThat(metricNames("sum by (pod, type) (rate(netral_inbound_events_total{outcome=~\"failed|x\"}[5m]))"
                + " / on (pod) group_left max(up) > 0 and time() - 26 * 3600"))
                .containsExactlyInAnyOrder("netral_inbound_events_total", "up");
    }

    private static boolean isExposed(String name, Set<String> served, Set<String> exposed) {
        return exposed.contains(name) || served.contains(name) || served.contains(name.replaceAll("_total$", ""));
    }

    private static Set<String> exposedMetrics() throws IOException {
        Set<String> names = new HashSet<>();
        for (String line : Files.readAllLines(EXPOSED)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                names.add(line.strip());
            }
        }
        return names;
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

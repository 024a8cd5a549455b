package id.netral.kubernetes;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may connect to what, evaluated over the pods the manifests create: the services' pods (labels of their
 * Deployment) and the PostgreSQL instances (CloudNativePG labels each with cnpg.io/cluster).
 */
class NetworkPolicyTest {
    private static final String OPERATOR_NAMESPACE = "cnpg-system";
    private static final String INGRESS_NAMESPACE = "ingress-nginx";
    private static final String MONITORING_NAMESPACE = "monitoring";

    static Map<String, String> podLabels(String service) {
        return Manifests.deployment(service).getSpec().getTemplate().getMetadata().getLabels();
    }

    /** pod name → labels of every kind of pod in the namespace that the policies have to keep apart */
    static Map<String, Map<String, String>> pods() {
        Map<String, Map<String, String>> pods = new LinkedHashMap<>();
        Manifests.APPLICATIONS.forEach(s -> pods.put(s, podLabels(s)));
        Manifests.ofKind("Cluster").forEach(c -> pods.put(c.name(), Map.of("cnpg.io/cluster", c.name())));
        return pods;
    }

    static boolean selects(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        if (selector.getMatchLabels() != null && !labels.entrySet().containsAll(selector.getMatchLabels().entrySet())) {
            return false;
        }
        for (LabelSelectorRequirement r : selector.getMatchExpressions()) {
            boolean has = labels.containsKey(r.getKey());
            boolean in = has && r.getValues().contains(labels.get(r.getKey()));
            boolean ok = switch (r.getOperator()) {
                case "In" -> in;
                case "NotIn" -> !in;
                case "Exists" -> has;
                case "DoesNotExist" -> !has;
                default -> throw new AssertionError("unknown selector operator " + r.getOperator());
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Who a policy's rule admits, as names of pods() or "namespace X" or "anyone". */
    private static List<String> sources(NetworkPolicyIngressRule rule) {
        List<String> sources = new ArrayList<>();
        if (rule.getFrom().isEmpty()) {
            sources.add("anyone");
        }
        for (NetworkPolicyPeer peer : rule.getFrom()) {
            if (peer.getIpBlock() != null) {
                sources.add("ipBlock " + peer.getIpBlock().getCidr());
            } else if (peer.getNamespaceSelector() != null) {
                Map<String, String> ns = peer.getNamespaceSelector().getMatchLabels();
                sources.add(ns == null || ns.isEmpty() ? "anyone"
                        : "namespace " + ns.get("kubernetes.io/metadata.name"));
            } else {
                pods().forEach((name, labels) -> {
                    if (selects(peer.getPodSelector(), labels)) {
                        sources.add(name);
                    }
                });
            }
        }
        return sources;
    }

    /** source → ports it may reach on the given pod, over every policy that selects it */
    private static Map<String, List<String>> admitted(Map<String, String> pod) {
        Map<String, List<String>> admitted = new LinkedHashMap<>();
        for (NetworkPolicy policy : Manifests.typed("NetworkPolicy", NetworkPolicy.class)) {
            if (!selects(policy.getSpec().getPodSelector(), pod)) {
                continue;
            }
            for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
                List<String> ports = rule.getPorts().isEmpty() ? List.of("any")
                        : rule.getPorts().stream().map(NetworkPolicyPort::getPort)
                        .map(p -> p.getStrVal() != null ? p.getStrVal() : String.valueOf(p.getIntVal())).toList();
                for (String source : sources(rule)) {
                    admitted.computeIfAbsent(source, s -> new ArrayList<>()).addAll(ports);
                }
            }
        }
        return admitted;
    }

    @Test
    void nothingComesInUnlessAllowed() {
        assertThat(Manifests.typed("NetworkPolicy", NetworkPolicy.class)).anySatisfy(p -> {
            assertThat(p.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
            assertThat(p.getSpec().getPodSelector().getMatchExpressions()).isNullOrEmpty();
            assertThat(p.getSpec().getPolicyTypes()).contains("Ingress");
            assertThat(p.getSpec().getIngress()).isEmpty();
        });
    }

    /**
     * Only its service reaches a database; its own instances and the operator for replication and status, Prometheus
     * for the metrics.
     */
    @Test
    void onlyTheOwningServiceReachesItsDatabase() {
        for (String service : Manifests.SERVICES) {
            String url = ServiceDeploymentTest.env(Manifests.container(service), "QUARKUS_DATASOURCE_JDBC_URL")
                    .orElseThrow().getValue();
            String cluster = url.replaceAll("jdbc:postgresql://([a-z0-9-]+)-rw:.*", "$1");
            Map<String, List<String>> admitted = admitted(Map.of("cnpg.io/cluster", cluster));
            assertThat(admitted.keySet()).as(cluster).containsExactlyInAnyOrder(service, cluster,
                    "namespace " + OPERATOR_NAMESPACE, "namespace " + MONITORING_NAMESPACE);
            assertThat(admitted.get(service)).containsExactly("5432");
            // Prometheus reaches the instance's metrics exporter only, not PostgreSQL
            assertThat(admitted.get("namespace " + MONITORING_NAMESPACE)).containsExactly("9187");
        }
    }

    /**
     * A service's port is open to the ingress controller and to Prometheus (for /q/metrics) only: no other pod of the
     * namespace, nobody else.
     */
    @Test
    void servicesAreReachedThroughTheIngressControllerAndScrapedByPrometheusOnly() {
        for (String service : Manifests.SERVICES) {
            Map<String, List<String>> admitted = admitted(podLabels(service));
            assertThat(admitted.keySet()).as(service).containsExactlyInAnyOrder("namespace " + INGRESS_NAMESPACE,
                    "namespace " + MONITORING_NAMESPACE, Manifests.CONSOLE);
            assertThat(admitted.get("namespace " + INGRESS_NAMESPACE)).containsExactly("http");
            assertThat(admitted.get("namespace " + MONITORING_NAMESPACE)).containsExactly("http");
            assertThat(admitted.get(Manifests.CONSOLE)).containsExactly("http");
        }
    }

    /** The console's pages come through the ingress controller only; Prometheus reads its /q/metrics. */
    @Test
    void theConsoleIsReachedThroughTheIngressControllerAndScrapedByPrometheusOnly() {
        Map<String, List<String>> admitted = admitted(podLabels(Manifests.CONSOLE));
        assertThat(admitted.keySet()).containsExactlyInAnyOrder("namespace " + INGRESS_NAMESPACE,
                "namespace " + MONITORING_NAMESPACE);
        assertThat(admitted.get("namespace " + INGRESS_NAMESPACE)).containsExactly("http");
        assertThat(admitted.get("namespace " + MONITORING_NAMESPACE)).containsExactly("http");
    }

    /**
     * The console's outgoing connections: the services' HTTP ports, the cluster's DNS, and HTTPS outside the cluster's
     * private ranges (the identity provider); no other pod of the namespace (no database, no Kafka).
     */
    @Test
    void theConsoleReachesOnlyTheServicesDnsAndTheIdentityProvider() {
        List<NetworkPolicy> egress = Manifests.typed("NetworkPolicy", NetworkPolicy.class).stream()
                .filter(p -> selects(p.getSpec().getPodSelector(), podLabels(Manifests.CONSOLE)))
                .filter(p -> p.getSpec().getPolicyTypes().contains("Egress")).toList();
        assertThat(egress).as("an egress policy of the console").isNotEmpty();
        List<String> reached = new ArrayList<>();
        for (NetworkPolicy policy : egress) {
            for (NetworkPolicyEgressRule rule : policy.getSpec().getEgress()) {
                assertThat(rule.getTo()).as("a rule to anyone").isNotEmpty();
                assertThat(rule.getPorts()).as("a rule on any port").isNotEmpty();
                List<String> ports = rule.getPorts().stream().map(NetworkPolicyPort::getPort)
                        .map(p -> p.getStrVal() != null ? p.getStrVal() : String.valueOf(p.getIntVal())).toList();
                for (NetworkPolicyPeer peer : rule.getTo()) {
                    if (peer.getIpBlock() != null) {
                        assertThat(peer.getIpBlock().getExcept()).as("the pod network stays out of the ipBlock")
                                .contains("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16");
                        assertThat(ports).containsExactly("443");
                        reached.add("identity provider");
                    } else if (peer.getNamespaceSelector() != null) {
                        assertThat(peer.getNamespaceSelector().getMatchLabels())
                                .containsEntry("kubernetes.io/metadata.name", "kube-system");
                        assertThat(peer.getPodSelector().getMatchLabels()).containsEntry("k8s-app", "kube-dns");
                        assertThat(ports).containsOnly("53");
                        reached.add("dns");
                    } else {
                        pods().forEach((name, labels) -> {
                            if (selects(peer.getPodSelector(), labels)) {
                                reached.add(name);
                            }
                        });
                        assertThat(ports).containsExactly("http");
                    }
                }
            }
        }
        List<String> expected = new ArrayList<>(Manifests.SERVICES);
        expected.addAll(List.of("dns", "identity provider"));
        assertThat(reached).containsExactlyInAnyOrderElementsOf(expected);
    }
}

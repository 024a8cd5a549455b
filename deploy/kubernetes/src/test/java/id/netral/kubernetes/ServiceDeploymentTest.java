package id.netral.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Each service's generated Deployment, Service and PodDisruptionBudget, against its own configuration. */
class ServiceDeploymentTest {
    static final List<String> SERVICES = Manifests.SERVICES;
    static final List<String> APPLICATIONS = Manifests.APPLICATIONS;

    @ParameterizedTest
    @FieldSource("APPLICATIONS")
    void probesAskQuarkusHealthOnTheServicePort(String service) {
        int port = Integer.parseInt(Manifests.serviceProperties(service).getProperty("quarkus.http.port"));
        Container container = Manifests.container(service);
        assertThat(container.getPorts()).anySatisfy(p -> {
            assertThat(p.getContainerPort()).isEqualTo(port);
            assertThat(p.getName()).isEqualTo("http");
        });
        assertProbe(container.getLivenessProbe(), "/q/health/live", port);
        assertProbe(container.getReadinessProbe(), "/q/health/ready", port);
        assertProbe(container.getStartupProbe(), "/q/health/started", port);

        Service svc = Manifests.find("Service", service).orElseThrow().as(Service.class);
        assertThat(svc.getSpec().getPorts()).extracting(ServicePort::getName).contains("http");
        assertThat(svc.getSpec().getPorts()).filteredOn(p -> p.getName().equals("http"))
                .allSatisfy(p -> assertThat(p.getTargetPort().getIntVal()).isEqualTo(port));
        assertThat(Manifests.deployment(service).getSpec().getTemplate().getMetadata().getLabels())
                .containsAllEntriesOf(svc.getSpec().getSelector());
    }

    /** A rollout loses no request: the pod leaves the Service first, then finishes what it has, within its grace. */
    @ParameterizedTest
    @FieldSource("APPLICATIONS")
    void aStoppingPodDrainsItsRequestsWithinItsGracePeriod(String service) {
        Properties properties = Manifests.serviceProperties(service);
        assertThat(properties.getProperty("quarkus.shutdown.delay-enabled")).isEqualTo("true");
        long timeout = Duration.parse("PT" + properties.getProperty("quarkus.shutdown.timeout")).toSeconds();
        String delay = Manifests.container(service).getEnv().stream()
                .filter(env -> env.getName().equals("QUARKUS_SHUTDOWN_DELAY")).map(EnvVar::getValue).findFirst()
                .orElseThrow(() -> new AssertionError(service + " has no QUARKUS_SHUTDOWN_DELAY"));
        long drain = Duration.parse("PT" + delay).toSeconds() + timeout;
        Long grace = Manifests.deployment(service).getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds();
        assertThat(drain).as("shutdown delay + timeout").isLessThan(grace == null ? 30 : grace);
    }

    @ParameterizedTest
    @FieldSource("APPLICATIONS")
    void twoReplicasAndADisruptionBudgetThatLeavesOneRunning(String service) {
        Deployment deployment = Manifests.deployment(service);
        // the autoscaler's lower bound where one owns the replica count (AutoscalingTest)
        int replicas = deployment.getSpec().getReplicas() != null ? deployment.getSpec().getReplicas()
                : AutoscalingTest.autoscaler(service).orElseThrow().getSpec().getMinReplicas();
        assertThat(replicas).isGreaterThanOrEqualTo(2);
        Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        List<PodDisruptionBudget> budgets = Manifests.typed("PodDisruptionBudget", PodDisruptionBudget.class).stream()
                .filter(b -> podLabels.entrySet().containsAll(b.getSpec().getSelector().getMatchLabels().entrySet()))
                .toList();
        assertThat(budgets).as("PodDisruptionBudget of " + service).hasSize(1);
        PodDisruptionBudget budget = budgets.get(0);
        if (budget.getSpec().getMaxUnavailable() != null) {
            assertThat(budget.getSpec().getMaxUnavailable().getIntVal()).isBetween(1, replicas - 1);
        } else {
            assertThat(budget.getSpec().getMinAvailable().getIntVal()).isBetween(1, replicas - 1);
        }
    }

    @ParameterizedTest
    @FieldSource("APPLICATIONS")
    void runsAsNonRootWithAReadOnlyFileSystemAndLimits(String service) {
        Deployment deployment = Manifests.deployment(service);
        PodSecurityContext pod = deployment.getSpec().getTemplate().getSpec().getSecurityContext();
        assertThat(pod.getRunAsNonRoot()).isTrue();
        assertThat(pod.getRunAsUser()).isPositive();
        Container container = Manifests.container(service);
        assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
        assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(container.getSecurityContext().getCapabilities().getDrop()).contains("ALL");
        assertThat(container.getVolumeMounts()).anySatisfy(m -> assertThat(m.getMountPath()).isEqualTo("/tmp"));
        assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
        assertThat(container.getResources().getLimits()).containsKeys("cpu", "memory");
        assertThat(deployment.getSpec().getTemplate().getSpec().getAutomountServiceAccountToken()).isFalse();
    }

    @ParameterizedTest
    @FieldSource("APPLICATIONS")
    void imageIsTheConfiguredRegistrysAndNothingElseIsPulled(String service) {
        assertThat(Manifests.container(service).getImage()).startsWith(Manifests.imageName(service) + ":");
        assertThat(Manifests.deployment(service).getSpec().getTemplate().getSpec().getInitContainers()).isEmpty();
        assertThat(Manifests.ofKind("Job")).isEmpty();
    }

    /** A secret's value never stands in a manifest: whatever looks like one comes from a Secret. */
    @ParameterizedTest
    @FieldSource("APPLICATIONS")
    void secretsComeFromSecrets(String service) {
        for (EnvVar env : Manifests.container(service).getEnv()) {
            if (env.getName().matches(".*(PASSWORD|SECRET|KEYS?|TOKEN|USERNAME).*")) {
                assertThat(env.getValue()).as(env.getName()).isNull();
                assertThat(env.getValueFrom().getSecretKeyRef()).as(env.getName()).isNotNull();
            }
        }
    }

    /** The datasource is the service's own CloudNativePG cluster: its read-write service, database and secret. */
    @ParameterizedTest
    @FieldSource("SERVICES")
    void datasourceIsTheServicesOwnPostgresCluster(String service) {
        Container container = Manifests.container(service);
        String url = env(container, "QUARKUS_DATASOURCE_JDBC_URL").orElseThrow().getValue();
        assertThat(url).matches("jdbc:postgresql://[a-z0-9-]+-rw:5432/[a-z0-9_]+");
        String cluster = url.replaceAll("jdbc:postgresql://([a-z0-9-]+)-rw:5432/.*", "$1");
        String database = url.replaceAll(".*/", "");
        JsonNode spec = Manifests.find("Cluster", cluster)
                .orElseThrow(() -> new AssertionError(service + " points at CloudNativePG cluster " + cluster
                        + ", which is not defined")).tree().path("spec");
        assertThat(spec.path("bootstrap").path("initdb").path("database").asText()).isEqualTo(database);
        assertThat(spec.path("instances").asInt()).isEqualTo(3);
        assertThat(spec.path("storage").path("size").asText()).isNotEmpty();
        for (String variable : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
            assertThat(env(container, variable).orElseThrow().getValueFrom().getSecretKeyRef().getName())
                    .as(variable).isEqualTo(cluster + "-app");
        }
        // no other service uses that cluster
        for (String other : Manifests.SERVICES) {
            if (!other.equals(service)) {
                assertThat(env(Manifests.container(other), "QUARKUS_DATASOURCE_JDBC_URL").orElseThrow().getValue())
                        .doesNotContain("//" + cluster + "-rw:");
            }
        }
    }

    /** The console reaches each service by its Service's name, on a port that Service has. */
    @org.junit.jupiter.api.Test
    void theConsoleCallsEachServiceThroughItsService() {
        Container console = Manifests.container(Manifests.CONSOLE);
        for (String service : SERVICES) {
            String variable = "NETRAL_CONSOLE_" + service.toUpperCase().replace('-', '_') + "_URL";
            String url = env(console, variable).orElseThrow(() -> new AssertionError("console has no " + variable))
                    .getValue();
            assertThat(url).as(variable).isEqualTo("http://" + service + ":" + url.replaceAll(".*:", ""));
            int port = Integer.parseInt(url.replaceAll(".*:", ""));
            Service svc = Manifests.find("Service", service).orElseThrow().as(Service.class);
            assertThat(svc.getSpec().getPorts()).as(variable).anySatisfy(p -> assertThat(p.getPort()).isEqualTo(port));
        }
    }

    static Optional<EnvVar> env(Container container, String name) {
        return container.getEnv().stream().filter(e -> e.getName().equals(name)).findFirst();
    }

    private static void assertProbe(Probe probe, String path, int port) {
        assertThat(probe).as(path).isNotNull();
        assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
        assertThat(probe.getHttpGet().getPort().getIntVal()).isEqualTo(port);
    }
}

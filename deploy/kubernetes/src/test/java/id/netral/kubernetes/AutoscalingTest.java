package id.netral.kubernetes;

import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each service scales on CPU between sane bounds: never below the two replicas the disruption budget counts on, never
 * above the partitions of the topics its consumer group reads (a consumer without a partition only costs rebalances).
 */
class AutoscalingTest {
    static final List<String> SERVICES = Manifests.SERVICES;

    static Optional<HorizontalPodAutoscaler> autoscaler(String service) {
        List<HorizontalPodAutoscaler> found = Manifests.typed("HorizontalPodAutoscaler", HorizontalPodAutoscaler.class)
                .stream().filter(h -> h.getSpec().getScaleTargetRef().getKind().equals("Deployment")
                        && h.getSpec().getScaleTargetRef().getName().equals(service)).toList();
        assertThat(found).as("autoscalers of " + service).hasSizeLessThanOrEqualTo(1);
        return found.stream().findFirst();
    }

    /** The partitions of each topic the service's consumer groups read (dead-letter topics are read without one). */
    static List<Integer> consumedPartitions(String service) {
        Properties properties = Manifests.serviceProperties(service);
        List<Integer> partitions = new ArrayList<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("mp.messaging.incoming.") && !key.contains(".dead-letter-queue.")
                    && (key.endsWith(".topic") || key.endsWith(".topics"))) {
                for (String topic : properties.getProperty(key).split(",")) {
                    Manifests.Doc declared = Manifests.ofKind("KafkaTopic").stream()
                            .filter(t -> t.tree().path("spec").path("topicName").asText(t.name())
                                    .equals(topic.strip())).findFirst()
                            .orElseThrow(() -> new AssertionError("no KafkaTopic " + topic));
                    partitions.add(declared.tree().path("spec").path("partitions").asInt());
                }
            }
        }
        return partitions;
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void scalesOnCpuBetweenTwoAndThePartitionsItConsumes(String service) {
        HorizontalPodAutoscaler hpa = autoscaler(service)
                .orElseThrow(() -> new AssertionError("no HorizontalPodAutoscaler for " + service));
        assertThat(hpa.getSpec().getScaleTargetRef().getApiVersion()).isEqualTo("apps/v1");
        int min = hpa.getSpec().getMinReplicas();
        int max = hpa.getSpec().getMaxReplicas();
        assertThat(min).as(service + " min replicas").isGreaterThanOrEqualTo(2);
        assertThat(max).as(service + " max replicas").isGreaterThan(min);
        List<Integer> partitions = consumedPartitions(service);
        assertThat(partitions).as(service + " consumes a topic").isNotEmpty();
        assertThat(max).as(service + " max replicas, against the partitions of " + partitions)
                .isLessThanOrEqualTo(partitions.stream().mapToInt(Integer::intValue).min().orElseThrow());
        assertThat(hpa.getSpec().getMetrics()).singleElement().satisfies((MetricSpec metric) -> {
            assertThat(metric.getType()).isEqualTo("Resource");
            assertThat(metric.getResource().getName()).isEqualTo("cpu");
            assertThat(metric.getResource().getTarget().getType()).isEqualTo("Utilization");
            assertThat(metric.getResource().getTarget().getAverageUtilization()).isBetween(50, 85);
        });
        // utilisation is measured against the request, and an apply must not reset what the autoscaler chose
        assertThat(Manifests.container(service).getResources().getRequests()).containsKey("cpu");
        assertThat(Manifests.deployment(service).getSpec().getReplicas()).as(service + " leaves replicas to the "
                + "autoscaler").isNull();
    }

    /** The console consumes no topic: it scales on CPU from the two replicas its disruption budget counts on. */
    @org.junit.jupiter.api.Test
    void theConsoleScalesOnCpuFromTwoReplicas() {
        HorizontalPodAutoscaler hpa = autoscaler(Manifests.CONSOLE)
                .orElseThrow(() -> new AssertionError("no HorizontalPodAutoscaler for the console"));
        assertThat(hpa.getSpec().getScaleTargetRef().getApiVersion()).isEqualTo("apps/v1");
        assertThat(hpa.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
        assertThat(hpa.getSpec().getMaxReplicas()).isGreaterThan(hpa.getSpec().getMinReplicas());
        assertThat(hpa.getSpec().getMetrics()).singleElement().satisfies((MetricSpec metric) -> {
            assertThat(metric.getResource().getName()).isEqualTo("cpu");
            assertThat(metric.getResource().getTarget().getAverageUtilization()).isBetween(50, 85);
        });
        assertThat(Manifests.deployment(Manifests.CONSOLE).getSpec().getReplicas()).isNull();
    }
}

package id.netral.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import id.netral.events.Topics;
import id.netral.kubernetes.Manifests.Doc;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The Strimzi Kafka cluster, and a KafkaTopic for every topic the code writes or reads. */
class KafkaTest {

    /** topic → where it is used: id.netral.events.Topics and the services' messaging channels (dead-letter too) */
    static Map<String, String> topicsInUse() throws IllegalAccessException {
        Map<String, String> topics = new TreeMap<>();
        for (Field field : Topics.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                topics.put((String) field.get(null), "Topics." + field.getName());
            }
        }
        for (String service : Manifests.SERVICES) {
            Properties properties = Manifests.serviceProperties(service);
            for (String key : properties.stringPropertyNames()) {
                if (key.startsWith("mp.messaging.") && (key.endsWith(".topic") || key.endsWith(".topics"))) {
                    for (String topic : properties.getProperty(key).split(",")) {
                        topics.put(topic.strip(), service + " " + key);
                    }
                }
            }
        }
        return topics;
    }

    static Doc kafka() {
        List<Doc> clusters = Manifests.ofKind("Kafka");
        assertThat(clusters).hasSize(1);
        return clusters.get(0);
    }

    @Test
    void everyTopicInUseIsDeclaredAndEveryDeclaredTopicIsUsed() throws Exception {
        Map<String, String> inUse = topicsInUse();
        assertThat(inUse).containsKeys(Topics.REPORTS, "netral.report-service.dead-letter.v1");
        Set<String> declared = new HashSet<>();
        for (Doc topic : Manifests.ofKind("KafkaTopic")) {
            JsonNode spec = topic.tree().path("spec");
            String name = spec.path("topicName").asText(topic.name());
            declared.add(name);
            assertThat(topic.tree().path("metadata").path("labels").path("strimzi.io/cluster").asText())
                    .as(topic.where()).isEqualTo(kafka().name());
            assertThat(spec.path("replicas").asInt()).as(topic.where()).isEqualTo(3);
            assertThat(spec.path("partitions").asInt()).as(topic.where()).isPositive();
            assertThat(spec.path("config").path("min.insync.replicas").asInt()).as(topic.where()).isEqualTo(2);
            assertThat(spec.path("config").has("retention.ms")).as(topic.where() + " says how long it keeps").isTrue();
        }
        assertThat(declared).as("KafkaTopic for each topic in use").containsAll(inUse.keySet());
        assertThat(inUse.keySet()).as("every KafkaTopic is used").containsAll(declared);
    }

    @Test
    void threeDualRoleKraftNodesAndWritesOnTwoReplicas() {
        Doc kafka = kafka();
        List<Doc> pools = Manifests.ofKind("KafkaNodePool").stream().filter(p -> p.tree().path("metadata")
                .path("labels").path("strimzi.io/cluster").asText().equals(kafka.name())).toList();
        assertThat(pools).hasSize(1);
        JsonNode pool = pools.get(0).tree().path("spec");
        assertThat(pool.path("replicas").asInt()).isEqualTo(3);
        assertThat(pool.path("roles")).extracting(JsonNode::asText).containsExactlyInAnyOrder("controller", "broker");
        assertThat(pool.path("storage").path("volumes")).allSatisfy(v -> {
            assertThat(v.path("type").asText()).isEqualTo("persistent-claim");
            assertThat(v.path("deleteClaim").asBoolean(true)).isFalse();
        });
        JsonNode config = kafka.tree().path("spec").path("kafka").path("config");
        assertThat(config.path("default.replication.factor").asInt()).isEqualTo(3);
        assertThat(config.path("min.insync.replicas").asInt()).isEqualTo(2);
        assertThat(config.path("offsets.topic.replication.factor").asInt()).isEqualTo(3);
        assertThat(config.path("auto.create.topics.enable").asBoolean(true)).isFalse();
        assertThat(kafka.tree().path("spec").path("entityOperator").has("topicOperator")).isTrue();
    }

    /** The services reach the plain listener through Strimzi's bootstrap service, `<cluster>-kafka-bootstrap`. */
    @Test
    void servicesUseTheBootstrapOfThePlainListener() {
        Doc kafka = kafka();
        JsonNode plain = null;
        for (JsonNode listener : kafka.tree().path("spec").path("kafka").path("listeners")) {
            if (listener.path("type").asText().equals("internal") && !listener.path("tls").asBoolean()) {
                plain = listener;
            }
        }
        assertThat(plain).as("an internal listener without TLS").isNotNull();
        String bootstrap = kafka.name() + "-kafka-bootstrap:" + plain.path("port").asInt();
        for (String service : Manifests.SERVICES) {
            assertThat(ServiceDeploymentTest.env(Manifests.container(service), "KAFKA_BOOTSTRAP_SERVERS")
                    .orElseThrow().getValue()).as(service).isEqualTo(bootstrap);
        }
        // the listener admits the three services and nobody else (Strimzi turns this into a NetworkPolicy)
        JsonNode peers = plain.path("networkPolicyPeers");
        assertThat(peers).hasSize(1);
        Set<String> admitted = new HashSet<>();
        for (String service : Manifests.SERVICES) {
            if (NetworkPolicyTest.selects(Manifests.JSON.convertValue(peers.get(0).path("podSelector"),
                    io.fabric8.kubernetes.api.model.LabelSelector.class), NetworkPolicyTest.podLabels(service))) {
                admitted.add(service);
            }
        }
        assertThat(admitted).containsExactlyInAnyOrderElementsOf(Manifests.SERVICES);
        assertThat(peers.get(0).has("namespaceSelector")).isFalse();
    }
}

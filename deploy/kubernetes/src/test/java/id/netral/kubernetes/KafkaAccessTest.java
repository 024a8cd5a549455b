package id.netral.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import id.netral.events.Topics;
import io.fabric8.kubernetes.api.model.EnvVar;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every Kafka client signs in as its own KafkaUser and may do what its code does, nothing more. */
class KafkaAccessTest {
    /** the topic each service's outbox writes to */
    private static final Map<String, String> WRITES = Map.of("report-service", Topics.REPORTS,
            "sanction-service", Topics.SANCTIONS, "notification-service", Topics.NOTIFICATIONS);
    private static final Set<String> EVENT_TOPICS = Set.of(Topics.REPORTS, Topics.SANCTIONS, Topics.NOTIFICATIONS);

    @Test
    void everyListenerWantsASignInAndEveryRightIsAnAcl() {
        JsonNode kafka = KafkaTest.kafka().tree().path("spec").path("kafka");
        assertThat(kafka.path("authorization").path("type").asText()).isEqualTo("simple");
        assertThat(kafka.path("listeners")).allSatisfy(listener -> assertThat(
                listener.path("authentication").path("type").asText()).as(listener.path("name").asText())
                .isEqualTo("scram-sha-512"));
        assertThat(kafka.path("listeners")).filteredOn(listener -> !listener.path("type").asText().equals("internal"))
                .as("a listener outside the cluster uses TLS")
                .allSatisfy(listener -> assertThat(listener.path("tls").asBoolean()).isTrue());
        assertThat(KafkaTest.kafka().tree().path("spec").path("entityOperator").has("userOperator")).isTrue();
    }

    @Test
    void eachServiceSignsInAsItsOwnUserWithTheRightsItsCodeNeeds() {
        for (String service : Manifests.SERVICES) {
            Set<String> expected = new HashSet<>();
            expected.add("topic " + WRITES.get(service) + " Write");
            Properties properties = Manifests.serviceProperties(service);
            for (String key : properties.stringPropertyNames()) {
                String value = properties.getProperty(key);
                if (key.startsWith("mp.messaging.incoming.") && key.endsWith(".dead-letter-queue.topic")) {
                    // written by the consumer, read back by an admin's replay (no group: partitions are assigned)
                    expected.add("topic " + value.strip() + " Write");
                    expected.add("topic " + value.strip() + " Read");
                } else if (key.startsWith("mp.messaging.incoming.")
                        && (key.endsWith(".topic") || key.endsWith(".topics"))) {
                    for (String topic : value.split(",")) {
                        expected.add("topic " + topic.strip() + " Read");
                    }
                } else if (key.startsWith("mp.messaging.incoming.") && key.endsWith(".group.id")) {
                    expected.add("group " + value.strip() + " Read");
                }
            }
            // reading, writing and joining its group is all a service needs; Describe comes with them
            assertThat(rights(service)).as(service).isEqualTo(expected);

            var container = Manifests.container(service);
            assertThat(ServiceDeploymentTest.env(container, "KAFKA_SECURITY_PROTOCOL").map(EnvVar::getValue))
                    .as(service).contains("SASL_PLAINTEXT");
            assertThat(ServiceDeploymentTest.env(container, "KAFKA_SASL_MECHANISM").map(EnvVar::getValue))
                    .as(service).contains("SCRAM-SHA-512");
            var jaas = ServiceDeploymentTest.env(container, "KAFKA_SASL_JAAS_CONFIG").orElseThrow()
                    .getValueFrom().getSecretKeyRef();
            assertThat(jaas.getName()).as(service + " signs in as its own KafkaUser").isEqualTo(service);
            assertThat(jaas.getKey()).isEqualTo("sasl.jaas.config");
        }
    }

    @Test
    void anAgencyMayOnlyReadTheEventTopicsWithItsOwnGroups() {
        var agencies = Manifests.ofKind("KafkaUser").stream()
                .filter(user -> !Manifests.SERVICES.contains(user.name())).toList();
        assertThat(agencies).isNotEmpty();
        for (Manifests.Doc agency : agencies) {
            for (JsonNode acl : agency.tree().path("spec").path("authorization").path("acls")) {
                JsonNode resource = acl.path("resource");
                assertThat(acl.path("operations")).extracting(JsonNode::asText).as(agency.name())
                        .isSubsetOf("Read", "Describe");
                if (resource.path("type").asText().equals("topic")) {
                    assertThat(EVENT_TOPICS).as(agency.name()).contains(resource.path("name").asText());
                    assertThat(resource.path("patternType").asText()).isEqualTo("literal");
                } else {
                    assertThat(resource.path("type").asText()).isEqualTo("group");
                    assertThat(resource.path("name").asText()).startsWith(agency.name() + "-");
                }
            }
        }
    }

    /** "type name Operation" of a user's ACLs, Describe left out */
    private static Set<String> rights(String user) {
        Manifests.Doc doc = Manifests.find("KafkaUser", user).orElseThrow(() -> new AssertionError("no KafkaUser "
                + user));
        assertThat(doc.tree().path("spec").path("authentication").path("type").asText()).isEqualTo("scram-sha-512");
        Set<String> rights = new HashSet<>();
        for (JsonNode acl : doc.tree().path("spec").path("authorization").path("acls")) {
            JsonNode resource = acl.path("resource");
            assertThat(resource.path("patternType").asText()).as(user).isEqualTo("literal");
            acl.path("operations").forEach(operation -> {
                if (!operation.asText().equals("Describe")) {
                    rights.add(resource.path("type").asText() + " " + resource.path("name").asText() + " "
                            + operation.asText());
                }
            });
        }
        return rights;
    }
}

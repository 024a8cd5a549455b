package id.netral.kit.kafka;

import java.util.HashMap;
import java.util.Map;

/**
 * What the service's own Kafka clients (outbox relay, dead-letter reader, broker probe) take from the connection
 * settings Quarkus gathers for the messaging channels ({@code kafka.*}, the bean {@code default-kafka-broker}): the
 * address and security, without Quarkus's own health and dev-services keys that a plain client does not know.
 */
public final class KafkaClientSettings {
    private KafkaClientSettings() {
    }

    public static Map<String, Object> of(Map<String, Object> defaultKafkaBroker) {
        Map<String, Object> config = new HashMap<>();
        defaultKafkaBroker.forEach((key, value) -> {
            if (!key.startsWith("health") && !key.startsWith("devservices")) {
                config.put(key, value);
            }
        });
        return config;
    }
}

package id.netral.infra;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;

import java.nio.file.Path;

/** A real Apache Kafka broker in KRaft mode (broker and controller in one process), run in this JVM. */
public final class KafkaServer implements AutoCloseable {
    // Fixed so that a kept log directory is recognised as the same cluster on the next start.
    private static final String CLUSTER_ID = "bmV0cmFsLWxvY2FsLTAx";

    private final EmbeddedKafkaBroker broker;

    private KafkaServer(EmbeddedKafkaBroker broker) {
        this.broker = broker;
    }

    /**
     * @param logDirectory where the topics live; kept between runs. {@code null} for a throw-away broker.
     * @param port         0 for any free port
     */
    public static KafkaServer start(Path logDirectory, int port) {
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker()
                .withClusterId(CLUSTER_ID)
                .withDeleteLogDirsOnClose(logDirectory == null)
                .withAdditionalProperties(properties -> {
                    if (logDirectory != null) {
                        properties.put("log.dirs", logDirectory.toAbsolutePath().toString());
                    }
                    properties.put("auto.create.topics.enable", "true");
                    properties.put("num.partitions", "3");
                    properties.put("group.initial.rebalance.delay.ms", "0");
                });
        if (port > 0) {
            broker.withKafkaPort(port);
        }
        return new KafkaServer(broker.start());
    }

    public String bootstrapServers() {
        return broker.getAdvertisedListeners();
    }

    @Override
    public void close() {
        broker.close();
    }
}

package id.netral.infra;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
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
        int[] ports = distinctFreePorts(port);
        broker.withKafkaPort(ports[0]).withControllerPort(ports[1]);
        return new KafkaServer(broker.start());
    }

    /**
     * The broker's port ({@code port}, or a free one when 0) and a free controller port that differs from it. Left to
     * itself the embedded broker picks the two one after the other, and the system sometimes hands out the same port
     * twice ("Each listener must have a different port"): held open together, two sockets cannot share one.
     */
    private static int[] distinctFreePorts(int port) {
        try (ServerSocket first = new ServerSocket(0); ServerSocket second = new ServerSocket(0)) {
            int kafka = port > 0 ? port : first.getLocalPort();
            int controller = second.getLocalPort() != kafka ? second.getLocalPort() : first.getLocalPort();
            return new int[] {kafka, controller};
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the Kafka broker", e);
        }
    }

    public String bootstrapServers() {
        return broker.getAdvertisedListeners();
    }

    @Override
    public void close() {
        broker.close();
    }
}

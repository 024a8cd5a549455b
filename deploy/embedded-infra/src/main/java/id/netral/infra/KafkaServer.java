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
    /** The line a broker started by {@link #main} prints, followed by its bootstrap servers. */
    public static final String READY = "kafka-ready ";

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

    /**
     * {@code java -cp ... id.netral.infra.KafkaServer LOG_DIRECTORY PORT}: the broker in a process of its own, so that
     * a fault run can kill it as a crash would. Prints {@value #READY} and the bootstrap servers when it takes
     * connections, and stops cleanly when its standard input ends (the parent closed it, or died).
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: KafkaServer LOG_DIRECTORY PORT");
            System.exit(2);
        }
        KafkaServer server = start(Path.of(args[0]), Integer.parseInt(args[1]));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        System.out.println(READY + server.bootstrapServers());
        System.out.flush();
        while (System.in.read() != -1) {
            // the parent says nothing; the end of the stream is the signal to stop
        }
        System.exit(0);
    }

    @Override
    public void close() {
        broker.close();
    }
}

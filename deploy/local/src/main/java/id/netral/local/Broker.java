package id.netral.local;

import id.netral.infra.KafkaServer;

import java.nio.file.Path;

/** The Kafka broker of a local system, which the system stops and starts again as an outage would. */
public interface Broker extends AutoCloseable {
    String bootstrapServers();

    /** Stops the broker cleanly, its topics kept. */
    @Override
    void close();

    /** Ends the broker as a crash would (SIGKILL), its topics kept as the crash left them. */
    void kill();

    /** The process the broker runs in, where its CPU time is counted; this JVM's for a broker in it. */
    long pid();

    /** How a local system runs its broker. */
    @FunctionalInterface
    interface Placement {
        Broker start(Path logDirectory, int port);

        /**
         * In the JVM of the local system: starts fastest and needs no class path, but cannot be killed on its own.
         * The local run and the end-to-end test run it so.
         */
        Placement IN_THIS_JVM = (logDirectory, port) -> {
            KafkaServer server = KafkaServer.start(logDirectory, port);
            return new Broker() {
                @Override
                public String bootstrapServers() {
                    return server.bootstrapServers();
                }

                @Override
                public void close() {
                    server.close();
                }

                @Override
                public long pid() {
                    return ProcessHandle.current().pid();
                }

                @Override
                public void kill() {
                    throw new UnsupportedOperationException("a broker in this JVM cannot be killed alone; "
                            + "start the local system with the broker in a process of its own");
                }
            };
        };

        /** In a process of its own, started from {@code classPath}, so that it can be killed -9 like a real broker. */
        static Placement ownProcess(String classPath) {
            return (logDirectory, port) -> BrokerProcess.launch(classPath, logDirectory, port);
        }
    }
}

package id.netral.local;

import id.netral.infra.KafkaServer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A Kafka broker ({@link KafkaServer#main}) in an operating-system process of its own, as brokers run for real. */
final class BrokerProcess implements Broker {
    private final Process process;
    private final String bootstrapServers;

    private BrokerProcess(Process process, String bootstrapServers) {
        this.process = process;
        this.bootstrapServers = bootstrapServers;
    }

    static BrokerProcess launch(String classPath, Path logDirectory, int port) {
        try {
            Files.createDirectories(logDirectory);
            Path log = logDirectory.resolveSibling("kafka-broker.log");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(List.of(java, "-Xmx512m", "-cp", classPath,
                    KafkaServer.class.getName(), logDirectory.toAbsolutePath().toString(), Integer.toString(port)))
                    .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(KafkaServer.READY)) {
                    drain(out);
                    return new BrokerProcess(process, line.substring(KafkaServer.READY.length()).trim());
                }
            }
            throw new IllegalStateException("the Kafka broker exited before it was ready; see " + log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the Kafka broker", e);
        }
    }

    // the broker's own output must not fill the pipe and block it
    private static void drain(BufferedReader out) {
        Thread drainer = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // discarded: the broker logs to its own file
                }
            } catch (IOException e) {
                // the broker is gone
            }
        }, "kafka-broker-output");
        drainer.setDaemon(true);
        drainer.start();
    }

    @Override
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Closes the broker's standard input, its signal to shut down cleanly, and insists after a while. */
    @Override
    public void close() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (IOException e) {
            kill();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }

    @Override
    public long pid() {
        return process.pid();
    }

    @Override
    public void kill() {
        try {
            process.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while killing the Kafka broker", e);
        }
    }
}

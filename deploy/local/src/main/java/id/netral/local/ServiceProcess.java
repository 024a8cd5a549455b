package id.netral.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One packaged service (or the console) running as its own operating-system process, as it runs in production. */
public final class ServiceProcess implements AutoCloseable {
    private final String module;
    private final Process process;
    private final Launch launch;
    private final Path log;
    private final long launchedNanos;
    private volatile Duration timeToReady;

    /** What it takes to start the service again as it was started. */
    private record Launch(Path home, Map<String, String> environment, int httpPort, Path logDirectory,
                          List<String> jvmOptions) {
    }

    private ServiceProcess(String module, Process process, Launch launch, Path log, long launchedNanos) {
        this.module = module;
        this.process = process;
        this.launch = launch;
        this.log = log;
        this.launchedNanos = launchedNanos;
    }

    /** The class data archive Quarkus writes beside quarkus-run.jar when AppCDS is enabled at build time. */
    static final String CLASS_DATA_ARCHIVE = "app-cds.jsa";

    static ServiceProcess launch(NetralService service, Path home, Map<String, String> environment, int httpPort,
                                 Path logDirectory, List<String> jvmOptions) {
        return launch(service.module(), home, environment, httpPort, logDirectory, jvmOptions);
    }

    /**
     * @param module     the Maven module (a directory of the checkout) whose packaged Quarkus application runs
     * @param jvmOptions e.g. the heap settings, before {@code -jar}
     */
    static ServiceProcess launch(String module, Path home, Map<String, String> environment, int httpPort,
                                 Path logDirectory, List<String> jvmOptions) {
        return launch(module, Path.of(module).getFileName() + ".log", home, environment, httpPort, logDirectory,
                jvmOptions);
    }

    private static ServiceProcess launch(String module, String logName, Path home, Map<String, String> environment,
                                         int httpPort, Path logDirectory, List<String> jvmOptions) {
        Path application = home.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(application)) {
            throw new IllegalStateException(application + " is missing: build first with ./mvnw package -DskipTests");
        }
        try {
            Files.createDirectories(logDirectory);
            Path log = logDirectory.resolve(logName);
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new ArrayList<>();
            command.add(java);
            command.addAll(jvmOptions);
            Path applicationDirectory = application.getParent();
            if (Files.isRegularFile(applicationDirectory.resolve(CLASS_DATA_ARCHIVE))) {
                // built with quarkus.package.jar.appcds.enabled (deploy/benchmark/run.sh does): the JVM maps the
                // classes the build recorded instead of loading them one by one. The archive names the class path as
                // it was at build time, so the jar is run from its directory by a relative name; a JVM that finds the
                // archive does not fit (another JDK build) starts without it.
                command.add("-XX:SharedArchiveFile=" + CLASS_DATA_ARCHIVE);
            }
            command.addAll(List.of("-jar", application.getFileName().toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(applicationDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(httpPort));
            long launchedNanos = System.nanoTime();
            return new ServiceProcess(module, builder.start(),
                    new Launch(home, Map.copyOf(environment), httpPort, logDirectory, List.copyOf(jvmOptions)), log,
                    launchedNanos);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + module, e);
        }
    }

    /** Waits until /q/health/ready answers 200: database migrated and no event stuck (Kafka is not part of it). */
    void awaitReady(Duration timeout) {
        awaitFirstAnswer(HttpRequest.newBuilder(URI.create(url() + "/q/health/ready")).timeout(Duration.ofSeconds(2))
                .build(), 200, timeout);
    }

    /**
     * Sends the request again and again until it gets the status, and takes that moment as the time to first
     * request; for an application without health checks, its first real request.
     */
    public void awaitFirstAnswer(HttpRequest ready, int status, Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(module + " exited with " + process.exitValue()
                        + "; see " + log);
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == status) {
                    timeToReady = Duration.ofNanos(System.nanoTime() - launchedNanos);
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + module, e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + module, e);
            }
        }
        throw new IllegalStateException(module + " not ready after " + timeout + "; see " + log);
    }

    /** A new process of the same service, on the same port with the same settings, writing to the same log. */
    ServiceProcess launchAgain() {
        return launch(module, launch.home(), launch.environment(), launch.httpPort(), launch.logDirectory(),
                launch.jvmOptions());
    }

    /**
     * Another process of the same service with the same settings on another port, as a second replica in a cluster
     * runs: same database, same consumer groups; its log apart.
     */
    ServiceProcess launchReplica(int httpPort) {
        return launch(module, Path.of(module).getFileName() + "-" + httpPort + ".log", launch.home(),
                launch.environment(), httpPort, launch.logDirectory(), launch.jvmOptions());
    }

    public String url() {
        return "http://localhost:" + launch.httpPort();
    }

    public Path log() {
        return log;
    }

    /** From launching the process to its first ready answer (time to first request); null until then. */
    public Duration timeToReady() {
        return timeToReady;
    }

    public long pid() {
        return process.pid();
    }

    /** Ends the process as a crash or the OOM killer would (SIGKILL): no shutdown, nothing finished or released. */
    void kill() {
        try {
            process.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while killing " + module, e);
        }
    }

    /** Asks the service to stop (SIGTERM, so Quarkus shuts down gracefully) and insists after a while. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}

package id.netral.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A real Keycloak server: the distribution Maven unpacked into {@code target/keycloak}, started in development mode
 * ({@code start-dev}, an in-memory H2 database) on a free loopback port, importing one realm file at start
 * ({@code --import-realm}), as provincial IT would. Its output goes to {@code target/keycloak-server.log}.
 */
final class KeycloakServer implements AutoCloseable {
    static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final Process process;
    private final URI base;
    private final String adminPassword;
    private final Path log;

    private KeycloakServer(Process process, URI base, String adminPassword, Path log) {
        this.process = process;
        this.base = base;
        this.adminPassword = adminPassword;
        this.log = log;
    }

    /**
     * Starts the server with {@code realmFile} in its import directory and {@code environment} added to its own (the
     * realm file's {@code ${VARIABLE}} placeholders are read from it), and waits until the realm answers.
     */
    static KeycloakServer start(Path realmFile, Map<String, String> environment) {
        Path home = Path.of(System.getProperty("netral.keycloak.home", "target/keycloak/keycloak-unknown"));
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("no Keycloak distribution at " + home + ": run through Maven, which unpacks it");
        }
        try {
            Path importDirectory = home.resolve("data/import");
            deleteTree(importDirectory);
            Files.createDirectories(importDirectory);
            Files.copy(realmFile, importDirectory.resolve(realmFile.getFileName()));
            int port = freePort();
            Path log = home.getParent().getParent().resolve("keycloak-server.log");
            String adminPassword = UUID.randomUUID().toString();
            ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--import-realm", "--db=dev-mem", "--http-host=127.0.0.1", "--http-port=" + port,
                    "--http-management-port=" + freePort())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.put("JAVA_HOME", System.getProperty("java.home"));
            // a short-lived server: the first JIT tier is enough, and starts sooner on two cores
            env.put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
            env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
            env.putAll(environment);
            Process process = builder.start();
            KeycloakServer server = new KeycloakServer(process, URI.create("http://127.0.0.1:" + port), adminPassword,
                    log);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            server.awaitRealm("netral");
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server's address, e.g. {@code http://127.0.0.1:41234}. */
    URI base() {
        return base;
    }

    /** The realm's address: what {@code QUARKUS_OIDC_AUTH_SERVER_URL} is set to, and the tokens' issuer. */
    URI realm(String realm) {
        return base.resolve("/realms/" + realm);
    }

    String adminPassword() {
        return adminPassword;
    }

    private void awaitRealm(String realm) {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(realm(realm) + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(10)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting (exit " + process.exitValue()
                        + "):\n" + tail());
            }
            try {
                if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (Instant.now().isAfter(deadline)) {
                close();
                throw new IllegalStateException("Keycloak did not serve realm " + realm + " within " + START_TIMEOUT
                        + ":\n" + tail());
            }
            try {
                process.waitFor(500, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The server's last log lines, for a failure message. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Stops kc.sh, which passes the signal to the server's JVM; whatever still runs after 30 s is killed. */
    @Override
    public void close() {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            for (ProcessHandle child : children) {
                child.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            children.forEach(ProcessHandle::destroyForcibly);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

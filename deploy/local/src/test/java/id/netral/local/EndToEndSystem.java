package id.netral.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One running Netral for every end-to-end test class of a run, started on first use and stopped when the test JVM
 * ends: starting three services costs a minute or two, so the classes share it. The data stays after the run for
 * reading its logs.
 */
final class EndToEndSystem {
    static final Path HOME = Path.of("../..").toAbsolutePath().normalize();
    private static LocalSystem system;
    private static Ports ports;

    private EndToEndSystem() {
    }

    static synchronized LocalSystem get() {
        if (system == null) {
            Path data = Path.of("target/e2e-data").toAbsolutePath();
            deleteRecursively(data);
            ports = Ports.free();
            system = LocalSystem.start(HOME, data, ports, Map.of(
                    // a notice held by a killed notification-service is sent again when its lease ends: seconds here
                    "NETRAL_NOTIFICATION_DELIVERY_LEASE", "20s", "QUARKUS_MAILER_TIMEOUT", "10s",
                    // ConsoleAdminBrowserIT's office receives its notices at a real webhook receiver in the test, on
                    // plain http at this host, which refuses them until the admin re-queues: given up in seconds here
                    "NETRAL_NOTIFICATION_WEBHOOK_REQUIRE_HTTPS", "false",
                    "NETRAL_NOTIFICATION_WEBHOOK_ALLOWED_INTERNAL_HOSTS", "127.0.0.1",
                    "NETRAL_NOTIFICATION_DELIVERY_MAX_ATTEMPTS", "3",
                    "NETRAL_NOTIFICATION_DELIVERY_FIRST_BACKOFF", "1s",
                    "NETRAL_NOTIFICATION_DELIVERY_MAX_BACKOFF", "5s"));
            Runtime.getRuntime().addShutdownHook(new Thread(system::close, "end-to-end-system-stop"));
        }
        return system;
    }

    /** The console on the running system, with the development OIDC provider; started on first use. */
    static synchronized String console() {
        LocalSystem running = get();
        // on the port the e-mails' acknowledgement links point at
        return running.startConsole(HOME, Path.of("target/e2e-data").toAbsolutePath(), ports.console(),
                Ports.freePort());
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package id.netral.local;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar deploy/local/target/netral-local.jar [--home DIR] [--data DIR]}: runs the whole system until
 * Ctrl-C, then stops everything it started. The data directory keeps the database and topics between runs.
 */
public final class NetralLocal {
    private NetralLocal() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path home = Path.of(option(args, "--home", ".")).toAbsolutePath().normalize();
        Path data = Path.of(option(args, "--data", home.resolve(".netral-data").toString())).toAbsolutePath();
        Ports ports = Ports.fixed();

        System.out.println("Starting Netral: PostgreSQL, Kafka, SMTP and three services, the console (data in " + data + ") ...");
        LocalSystem system = LocalSystem.start(home, data, ports, Map.of(), new Mailbox(data.resolve("mailbox")));
        Path tokens = LocalSecrets.writeTokens(system.identityProvider(), data.resolve("tokens"));
        String console = system.startConsole(home, data, ports.console(), 8090);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping Netral ...");
            system.close();
            System.out.println("Stopped; data kept in " + data);
            stopped.countDown();
        }, "netral-stop"));

        System.out.printf("""

                Netral is running. Ctrl-C stops everything.
                  Open the console:     %s   (sign in as any sample person: verifier, BKPPD, PPK, OPD heads,
                                        admin, auditor; reporters track a case at %s/lacak)
                  report-service        %s   (OpenAPI UI: %s/q/swagger-ui; each service: /q/metrics)
                  sanction-service      %s
                  notification-service  %s
                  PostgreSQL            localhost:%d (databases report, sanction, notification; user postgres)
                  Kafka                 %s
                  SMTP (OPD mailboxes)  localhost:%d, every message is shown here and kept in %s/<address>/
                  service logs          %s
                  bearer tokens         %s/<role>.jwt (partner-app, verifier, personnel-officer, ppk,
                                        opd-head-DISPERKIM, opd-head-CAMAT-OEBOBO, auditor, admin; 12 hours)
                Send a sample case:     deploy/local/sample-case.sh gas   (or: ptt)
                """,
                console, console, system.url(NetralService.REPORT), system.url(NetralService.REPORT),
                system.url(NetralService.SANCTION), system.url(NetralService.NOTIFICATION),
                system.postgresPort(), system.bootstrapServers(), system.smtp().port(), data.resolve("mailbox"),
                data.resolve("logs"), tokens);
        stopped.await();
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}

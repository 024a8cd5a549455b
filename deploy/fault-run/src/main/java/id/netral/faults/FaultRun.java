package id.netral.faults;

import id.netral.local.Broker;
import id.netral.local.MachineFacts;
import id.netral.local.LocalSystem;
import id.netral.local.NetralService;
import id.netral.local.Ports;
import id.netral.local.samples.SampleReports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

/**
 * {@code deploy/fault-run/run.sh [options]}: the whole system in a fresh data directory, first broken while cases
 * flow (every case must arrive exactly once), then fed malformed requests (no server error, nothing changed). Prints
 * a Markdown report, writes it to deploy/fault-run/target, and exits 1 when the system failed either part.
 */
public final class FaultRun {
    /** A notice held by a killed notification-service goes again when its lease ends: seconds here, not minutes. */
    static final Duration DELIVERY_LEASE = Duration.ofSeconds(20);
    /**
     * After the last case arrived, the run waits this long before it counts: a double would come from a delivery
     * whose lease ran out, so a lease and some.
     */
    static final Duration QUIET_PERIOD = DELIVERY_LEASE.plusSeconds(15);
    private static final Map<String, String> SERVICE_SETTINGS = Map.of(
            "NETRAL_NOTIFICATION_DELIVERY_LEASE", DELIVERY_LEASE.toSeconds() + "s",
            "QUARKUS_MAILER_TIMEOUT", "10s",
            // the stream is one partner app on purpose; the rate limits guard production against abusive ones
            "NETRAL_RATE_LIMIT_SUBMISSION_PER_CLIENT_PER_MINUTE", "1000000",
            "NETRAL_RATE_LIMIT_SUBMISSION_PER_ADDRESS_PER_MINUTE", "1000000");

    private FaultRun() {
    }

    public static void main(String[] args) throws Exception {
        // killing PostgreSQL leaves the embedding library a server it cannot stop, and it says so with a stack trace
        // at ERROR level on each kill: expected here, and it would bury the run's own output
        System.setProperty("org.slf4j.simpleLogger.log.io.zonky.test.db.postgres.embedded.EmbeddedPostgres", "off");
        FaultRunOptions options;
        try {
            options = FaultRunOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        String loadBefore = MachineFacts.loadAverage();
        Path data = Files.createTempDirectory("netral-fault-run-");
        FaultSchedule.progress("starting PostgreSQL, Kafka (own process), SMTP and the three services in " + data);
        MailLog mail = new MailLog();
        FaultRunReport report;
        try (LocalSystem system = LocalSystem.start(options.home(), data, Ports.free(), SERVICE_SETTINGS, mail,
                Broker.Placement.ownProcess(System.getProperty("java.class.path")))) {
            // stopped by Ctrl-C, the run leaves no service, broker or database behind
            Thread stopOnInterrupt = new Thread(system::close, "fault-run-stop");
            Runtime.getRuntime().addShutdownHook(stopOnInterrupt);
            FaultRunReport.Faults faults = breakWhileCasesFlow(options, system, mail);
            FaultSchedule.progress(options.malformedRequests() + " malformed requests, seed " + options.seed());
            MalformedRequests.Result malformed = new MalformedRequests(system, faults.cases())
                    .send(options.malformedRequests(), options.seed());
            report = new FaultRunReport(options, MachineFacts.now(), loadBefore, MachineFacts.loadAverage(), faults,
                    malformed);
            Runtime.getRuntime().removeShutdownHook(stopOnInterrupt);
        } catch (RuntimeException e) {
            System.err.println("[fault-run] failed; the services' logs are kept in " + data.resolve("logs"));
            throw e;
        }
        String markdown = report.markdown();
        Files.createDirectories(options.report().toAbsolutePath().getParent());
        Files.writeString(options.report(), markdown);
        System.out.println();
        System.out.println(markdown);
        FaultSchedule.progress("report written to " + options.report());
        if (report.passed()) {
            deleteRecursively(data);
        } else {
            FaultSchedule.progress("FAILED; the data and the services' logs are kept in " + data);
            System.exit(1);
        }
    }

    private static FaultRunReport.Faults breakWhileCasesFlow(FaultRunOptions options, LocalSystem system,
                                                            MailLog mail) throws Exception {
        NetralApi api = new NetralApi();
        CaseStream stream = new CaseStream(api, () -> system.url(NetralService.REPORT), system.identityProvider(),
                SampleReports.from(options.home()));
        FaultSchedule.progress("streaming " + options.cases() + " cases at " + options.casesPerSecond() + "/s");
        long start = System.nanoTime();
        CompletableFuture<Void> flowing = CompletableFuture.runAsync(() -> {
            try {
                stream.run(options.cases(), options.casesPerSecond());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
        List<FaultSchedule.Fault> injected = new FaultSchedule(system).run(options.cases(), stream::started);
        try {
            flowing.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the stream of cases stopped", e.getCause());
        }
        Duration streamed = Duration.ofNanos(System.nanoTime() - start);
        FaultSchedule.progress("all " + options.cases() + " cases taken; waiting for them to arrive");
        CaseOutcomes outcomes = new CaseOutcomes(api, system, mail);
        outcomes.settle(stream.cases(), options.settleTimeout());
        Duration arrived = Duration.ofNanos(System.nanoTime() - start);
        FaultSchedule.progress("counting after a quiet period of " + QUIET_PERIOD.toSeconds() + " s");
        Thread.sleep(QUIET_PERIOD.toMillis());
        List<CaseOutcomes.Outcome> counted = stream.cases().stream().map(outcomes::read).toList();
        return new FaultRunReport.Faults(injected, stream.cases(), counted, stream.retries(),
                stream.unexpectedAnswers(), mail.unattributed(), streamed, arrived);
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

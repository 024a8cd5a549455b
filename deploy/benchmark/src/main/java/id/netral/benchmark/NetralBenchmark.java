package id.netral.benchmark;

import id.netral.local.MachineFacts;

import id.netral.local.samples.SampleReports;

import id.netral.infra.DevIdentityProvider;
import id.netral.local.LocalSystem;
import id.netral.local.NetralService;
import id.netral.local.Ports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code deploy/benchmark/run.sh [options]}: starts the whole system in a fresh data directory on free ports,
 * measures start-up, intake latency at fixed arrival rates, the time from verification to the OPD head's e-mail, and
 * each service's memory, then prints a Markdown report and writes it to deploy/benchmark/target.
 */
public final class NetralBenchmark {
    /** The limits guard production against abusive clients; here one client is the load on purpose. */
    private static final Map<String, String> UNLIMITED_SUBMISSIONS = Map.of(
            "NETRAL_RATE_LIMIT_SUBMISSION_PER_CLIENT_PER_MINUTE", "1000000",
            "NETRAL_RATE_LIMIT_SUBMISSION_PER_ADDRESS_PER_MINUTE", "1000000");

    private NetralBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkOptions options;
        try {
            options = BenchmarkOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        String loadBefore = MachineFacts.loadAverage();
        Path data = Files.createTempDirectory("netral-benchmark-");
        progress("starting PostgreSQL, Kafka, SMTP and the three services in " + data);
        Measurements measurements;
        try (LocalSystem system = LocalSystem.start(options.home(), data, Ports.free(), UNLIMITED_SUBMISSIONS)) {
            measurements = measure(options, system, loadBefore);
        } catch (RuntimeException e) {
            System.err.println("[benchmark] failed; the services' logs are kept in " + data.resolve("logs"));
            throw e;
        }
        deleteRecursively(data);
        String report = BenchmarkReport.of(measurements);
        Files.createDirectories(options.report().toAbsolutePath().getParent());
        Files.writeString(options.report(), report);
        System.out.println();
        System.out.println(report);
        progress("report written to " + options.report());
    }

    private static Measurements measure(BenchmarkOptions options, LocalSystem system, String loadBefore)
            throws InterruptedException {
        Map<NetralService, Duration> timeToReady = new EnumMap<>(NetralService.class);
        Map<NetralService, String> jvmSettings = new EnumMap<>(NetralService.class);
        for (NetralService service : NetralService.values()) {
            timeToReady.put(service, system.timeToReady(service));
            jvmSettings.put(service, JvmSettings.of(system.pid(service)));
        }
        Map<NetralService, ProcessMemory> memoryAfterStartUp = memory(system);
        progress("ready: " + timeToReady);

        DevIdentityProvider identity = system.identityProvider();
        ReportServiceApi api = new ReportServiceApi(system.url(NetralService.REPORT),
                identity.partnerApp(DevIdentityProvider.TEST_PARTNER_APP), identity.token("verifier"));
        SampleReports reports = SampleReports.from(options.home());
        IntakeLoad intake = new IntakeLoad(api, reports);
        if (!options.warmUp().isZero()) {
            progress("warm-up: " + options.rates().get(0) + " submissions/s for " + options.warmUp());
            intake.run(options.rates().get(0), options.warmUp());
        }
        List<IntakeLoad.Result> intakeResults = new ArrayList<>();
        for (double rate : options.rates()) {
            progress("intake: " + rate + " submissions/s for " + options.duration());
            IntakeLoad.Result result = intake.run(rate, options.duration());
            progress("  p99 " + BenchmarkReport.millis(result.latencies().percentile(99)) + ", errors "
                    + result.failed());
            intakeResults.add(result);
        }
        progress("end to end: " + options.cases() + " cases, verified at " + options.verificationsPerSecond() + "/s");
        EndToEndRun.Result endToEnd = new EndToEndRun(api, reports, system.smtp())
                .run(options.cases(), options.verificationsPerSecond(), options.endToEndTimeout());
        return new Measurements(options, MachineFacts.now(), loadBefore, MachineFacts.loadAverage(), timeToReady,
                jvmSettings, memoryAfterStartUp, memory(system), intakeResults, endToEnd);
    }

    private static Map<NetralService, ProcessMemory> memory(LocalSystem system) {
        Map<NetralService, ProcessMemory> memory = new EnumMap<>(NetralService.class);
        for (NetralService service : NetralService.values()) {
            memory.put(service, ProcessMemory.of(system.pid(service)));
        }
        return memory;
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void progress(String message) {
        System.err.println("[benchmark] " + message);
    }
}

package id.netral.benchmark;

import id.netral.local.MachineFacts;

import id.netral.local.samples.SampleReports;

import id.netral.infra.DevIdentityProvider;
import id.netral.local.Broker;
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

    /** Carried through the new replicas before the measured run, so that their JIT and partitions settle. */
    private static final int SCALE_OUT_WARM_UP_CASES = 50;

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
        MailArrivals mail = new MailArrivals();
        if (options.profile()) {
            Files.createDirectories(options.jfrDirectory());
        }
        // the broker in a process of its own, so that its CPU time is not counted as the load generator's
        try (LocalSystem system = LocalSystem.start(options.home(), data, Ports.free(), UNLIMITED_SUBMISSIONS,
                mail, Broker.Placement.ownProcess(System.getProperty("java.class.path")),
                new LocalSystem.Tuning(options.jvmOptions(), StatementStatistics.SERVER_SETTINGS))) {
            measurements = measure(options, system, mail, loadBefore);
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

    private static Measurements measure(BenchmarkOptions options, LocalSystem system, MailArrivals mail,
                                        String loadBefore)
            throws InterruptedException {
        Map<NetralService, Duration> startedTogether = new EnumMap<>(NetralService.class);
        for (NetralService service : NetralService.values()) {
            startedTogether.put(service, system.timeToReady(service));
        }
        progress("ready, started together: " + startedTogether);
        Map<NetralService, Duration> startedAlone = new EnumMap<>(NetralService.class);
        for (NetralService service : NetralService.values()) {
            system.stop(service);
            system.restart(service);
            startedAlone.put(service, system.timeToReady(service));
        }
        progress("ready, each started alone: " + startedAlone);
        SideBySide sideBySide = new SideBySide(system, options, system.brokerPid());
        Duration referenceStart = sideBySide.startReference(Ports.freePort());
        progress("reference app ready in " + referenceStart);
        Map<NetralService, String> jvmSettings = new EnumMap<>(NetralService.class);
        for (NetralService service : NetralService.values()) {
            jvmSettings.put(service, JvmSettings.of(system.pid(service)));
        }
        Memory memoryAfterStartUp = new Memory(memory(system), sideBySide.referenceMemory());

        DevIdentityProvider identity = system.identityProvider();
        ReportServiceApi api = new ReportServiceApi(system.url(NetralService.REPORT),
                identity.partnerApp(DevIdentityProvider.TEST_PARTNER_APP), identity.token("verifier"));
        SampleReports reports = SampleReports.from(options.home());
        SideBySide.Result comparison = sideBySide.run(api, reports);
        Memory memoryAfterComparison = new Memory(memory(system), sideBySide.referenceMemory());

        IntakeLoad intake = new IntakeLoad(api, reports);
        if (!options.warmUp().isZero()) {
            progress("warm-up: " + options.rates().get(0) + " submissions/s for " + options.warmUp());
            intake.run(options.rates().get(0), options.warmUp());
        }
        List<IntakeLoad.Result> intakeResults = new ArrayList<>();
        for (double rate : OpenLoopRates.of(options.rates(), options.climb(), BenchmarkOptions.MAX_CLIMB_RATE,
                intakeResults, BenchmarkOptions.CLIMB_UNTIL_P99)) {
            progress("intake: " + rate + " submissions/s for " + options.duration());
            IntakeLoad.Result result = intake.run(rate, options.duration());
            progress("  p99 " + BenchmarkReport.millis(result.latencies().percentile(99)) + ", errors "
                    + result.failed());
            intakeResults.add(result);
        }
        progress("end to end: " + options.cases() + " cases, verified at " + options.verificationsPerSecond() + "/s");
        EndToEndRun.Result endToEnd = new EndToEndRun(api, reports, mail)
                .run(options.cases(), options.verificationsPerSecond(), options.endToEndTimeout());
        ScaleOut.Result scaleOut = null;
        if (options.scaleOut()) {
            progress("scale-out: a second replica of " + ScaleOut.CONSUMERS + ", then " + options.cases()
                    + " cases again");
            scaleOut = new ScaleOut(system, api, reports, mail).run(options.cases(),
                    options.verificationsPerSecond(), options.endToEndTimeout(), SCALE_OUT_WARM_UP_CASES);
        }
        return new Measurements(options, MachineFacts.now(), loadBefore, MachineFacts.loadAverage(),
                new StartUp(startedTogether, startedAlone, referenceStart), jvmSettings, memoryAfterStartUp,
                memoryAfterComparison, memory(system), comparison, intakeResults, endToEnd, scaleOut);
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

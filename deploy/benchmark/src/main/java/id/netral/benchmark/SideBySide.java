package id.netral.benchmark;

import id.netral.infra.PostgresServer;
import id.netral.local.LocalSystem;
import id.netral.local.NetralService;
import id.netral.local.ServiceProcess;
import id.netral.local.samples.SampleReports;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Netral's intake beside two yardsticks measured in the same run on the same PostgreSQL with the same JVM options
 * and the same closed-loop generator: the reference app (the plainest Quarkus create endpoint, deploy/reference-app)
 * and raw single-row JDBC inserts. Machines differ and shared ones drift; the ratios between the three hold.
 */
final class SideBySide {
    static final String REFERENCE_MODULE = "deploy/reference-app";
    static final String RAW = "raw JDBC insert";
    static final String REFERENCE = "reference app";
    static final String NETRAL = "Netral intake";
    private static final String REFERENCE_DATABASE = "reference";
    private static final String RAW_DATABASE = "raw_insert";

    private final LocalSystem system;
    private final BenchmarkOptions options;
    private final StatementStatistics statements;
    private final Map<String, Long> processes = new LinkedHashMap<>();
    private ServiceProcess reference;

    SideBySide(LocalSystem system, BenchmarkOptions options, long brokerPid) {
        this.system = system;
        this.options = options;
        this.statements = new StatementStatistics(system.database("postgres"), PostgresServer.USER);
        for (NetralService service : NetralService.values()) {
            processes.put(service.module(), system.pid(service));
        }
        processes.put("PostgreSQL", system.postgresPid());
        if (brokerPid > 0) {
            processes.put("Kafka broker", brokerPid);
        }
        processes.put("load generator", ProcessHandle.current().pid());
    }

    /** Starts the reference app alone, so that its time to first request is not shared with another start. */
    Duration startReference(int port) {
        reference = system.launchApplication(options.home(), REFERENCE_MODULE, REFERENCE_DATABASE, port);
        reference.awaitFirstAnswer(referenceRequest(SampleReports.from(options.home()).next().json()), 201,
                Duration.ofMinutes(5));
        processes.put("reference app", reference.pid());
        return reference.timeToReady();
    }

    ProcessMemory referenceMemory() {
        return ProcessMemory.of(reference.pid());
    }

    Result run(ReportServiceApi netral, SampleReports reports) throws InterruptedException {
        ClosedLoopLoad load = new ClosedLoopLoad(options.connections(), options.generatorThreads());
        List<Target> targets = new ArrayList<>();

        CpuWindow raw = new CpuWindow();
        statements.reset();
        RawInserts.Result inserts = RawInserts.run(system.database(RAW_DATABASE), PostgresServer.USER,
                options.connections(), options.compareWarmUp(), options.compareDuration(), raw);
        targets.add(new Target(RAW, "PostgreSQL", (int) inserts.inserts(), inserts.perSecond(), null,
                Map.of(), raw.perWrite(inserts.inserts()), statements.counts(RAW_DATABASE)));

        targets.add(http(REFERENCE, "reference app", REFERENCE_DATABASE, load,
                index -> referenceRequest(reports.next().json()), response -> response.statusCode() == 201
                        ? null : "HTTP " + response.statusCode()));
        targets.add(http(NETRAL, NetralService.REPORT.module(), NetralService.REPORT.database(), load,
                index -> netral.submission(reports.next().json()), ReportServiceApi::unregistered));
        return new Result(options.connections(), options.generatorThreads(), targets);
    }

    private Target http(String name, String process, String database, ClosedLoopLoad load,
                        java.util.function.IntFunction<HttpRequest> request,
                        java.util.function.Function<HttpResponse<String>, String> refusal)
            throws InterruptedException {
        progress(name + ": " + options.connections() + " connections, closed loop, " + options.compareWarmUp()
                + " warm-up then " + options.compareDuration());
        CpuWindow cpu = new CpuWindow();
        Runnable measured = () -> {
            cpu.run();
            if (cpu.started()) {
                statements.reset();
            }
        };
        ClosedLoopLoad.Result result = load.run(request, refusal, options.compareWarmUp(), options.compareDuration(),
                measured);
        StatementStatistics.Counts counted = statements.counts(database);
        progress("  " + String.format(java.util.Locale.ROOT, "%.0f", result.perSecond()) + " writes/s, errors "
                + result.failed());
        return new Target(name, process, result.succeeded(), result.perSecond(), result.latencies(), result.errors(),
                cpu.perWrite(result.succeeded()), counted);
    }

    private HttpRequest referenceRequest(String json) {
        return HttpRequest.newBuilder(URI.create(reference.url() + "/entries")).timeout(ReportServiceApi.REQUEST_TIMEOUT)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private static void progress(String message) {
        System.err.println("[benchmark] " + message);
    }

    /** CPU time of every process at the start and at the end of a measured window. */
    private final class CpuWindow implements Runnable {
        private Map<String, Duration> start;
        private Map<String, Duration> end;

        @Override
        public void run() {
            Map<String, Duration> now = new LinkedHashMap<>();
            processes.forEach((name, pid) -> now.put(name,
                    name.equals("PostgreSQL") ? ProcessCpu.withChildren(pid) : ProcessCpu.of(pid)));
            if (start == null) {
                start = now;
            } else {
                end = now;
            }
        }

        boolean started() {
            return end == null;
        }

        /** Milliseconds of CPU per successful write, per process that took any. */
        Map<String, Double> perWrite(long writes) {
            Map<String, Double> perWrite = new LinkedHashMap<>();
            end.forEach((name, used) -> {
                Duration before = start.getOrDefault(name, Duration.ZERO);
                perWrite.put(name, writes == 0 ? 0 : used.minus(before).toNanos() / 1e6 / writes);
            });
            return perWrite;
        }
    }

    /**
     * @param process    the process that serves the endpoint, whose CPU per write is its cost
     * @param cpuPerWrite milliseconds of CPU per successful write, per process
     */
    record Target(String name, String process, int writes, double perSecond, LatencySamples.Summary latencies,
                  Map<String, Integer> errors, Map<String, Double> cpuPerWrite,
                  StatementStatistics.Counts statements) {

        int failed() {
            return errors.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    record Result(int connections, int threads, List<Target> targets) {
        Target target(String name) {
            return targets.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
        }
    }
}

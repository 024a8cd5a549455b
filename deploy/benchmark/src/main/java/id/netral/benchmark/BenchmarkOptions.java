package id.netral.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** The command line of the benchmark; the defaults make a full run of about fifteen minutes. */
record BenchmarkOptions(Path home, List<Double> rates, boolean climb, Duration duration, Duration warmUp, int cases,
                        double verificationsPerSecond, Duration endToEndTimeout, int connections,
                        int generatorThreads, Duration compareDuration, Duration compareWarmUp, String heap,
                        boolean profile, boolean scaleOut, Path report) {

    /** Open-loop rates climb past the listed ones until p99 latency passes this, or a request fails. */
    static final Duration CLIMB_UNTIL_P99 = Duration.ofMillis(100);
    static final double MAX_CLIMB_RATE = 6400;

    static final String USAGE = """
            usage: deploy/benchmark/run.sh [--rates 10,25,50] [--climb true] [--duration 30] [--warm-up 10]
                                           [--cases 50] [--verifications-per-second 2] [--end-to-end-timeout 120]
                                           [--connections 32] [--generator-threads 2] [--compare-duration 30]
                                           [--compare-warm-up 10] [--heap 512m] [--profile false]
                                           [--scale-out true] [--report FILE] [--home DIR]
              --rates       fixed arrival rates of submissions, requests per second, each run for --duration seconds
              --climb       after the listed rates, doubles the rate until p99 passes 100 ms or a request fails
              --warm-up     seconds of submissions at the first rate before measuring, not reported
              --cases       cases carried from verification to the OPD head's e-mail and the status NOTIFIED
              --connections closed-loop comparison with the reference app and raw inserts: connections kept busy
              --heap        -Xms and -Xmx of every JVM measured (the services and the reference app)
              --profile     a JFR recording of every JVM from its start, written to deploy/benchmark/target/jfr
              --scale-out   after the end-to-end run, a second replica of sanction- and notification-service, and
                            the same run again (--cases at --verifications-per-second) with duplicates counted
            """;

    static BenchmarkOptions parse(String... args) {
        if (args.length % 2 != 0 || Arrays.asList(args).contains("--help")) {
            throw new IllegalArgumentException(USAGE);
        }
        Path home = Path.of(".");
        List<Double> rates = List.of(10d, 25d, 50d);
        boolean climb = true;
        Duration duration = Duration.ofSeconds(30);
        Duration warmUp = Duration.ofSeconds(10);
        int cases = 50;
        double verificationsPerSecond = 2;
        Duration endToEndTimeout = Duration.ofSeconds(120);
        int connections = 32;
        int generatorThreads = 2;
        Duration compareDuration = Duration.ofSeconds(30);
        Duration compareWarmUp = Duration.ofSeconds(10);
        String heap = "512m";
        boolean profile = false;
        boolean scaleOut = true;
        Path report = null;
        for (int i = 0; i < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--home" -> home = Path.of(value);
                case "--rates" -> rates = Arrays.stream(value.split(",")).map(String::trim).map(Double::valueOf)
                        .toList();
                case "--climb" -> climb = bool(value);
                case "--duration" -> duration = seconds(value);
                case "--warm-up" -> warmUp = seconds(value);
                case "--cases" -> cases = Integer.parseInt(value);
                case "--verifications-per-second" -> verificationsPerSecond = Double.parseDouble(value);
                case "--end-to-end-timeout" -> endToEndTimeout = seconds(value);
                case "--connections" -> connections = Integer.parseInt(value);
                case "--generator-threads" -> generatorThreads = Integer.parseInt(value);
                case "--compare-duration" -> compareDuration = seconds(value);
                case "--compare-warm-up" -> compareWarmUp = seconds(value);
                case "--heap" -> heap = value;
                case "--profile" -> profile = bool(value);
                case "--scale-out" -> scaleOut = bool(value);
                case "--report" -> report = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
            }
        }
        home = home.toAbsolutePath().normalize();
        if (report == null) {
            report = home.resolve("deploy/benchmark/target/benchmark-report.md");
        }
        if (rates.isEmpty() || rates.stream().anyMatch(rate -> !(rate > 0)) || cases < 1
                || !(verificationsPerSecond > 0) || duration.isZero() || connections < 1 || generatorThreads < 1
                || compareDuration.isZero()) {
            throw new IllegalArgumentException("rates, cases, verifications per second, connections, generator "
                    + "threads and durations must be positive\n" + USAGE);
        }
        if (!heap.matches("\\d+[kKmMgG]")) {
            throw new IllegalArgumentException("--heap is a JVM size such as 512m\n" + USAGE);
        }
        return new BenchmarkOptions(home, rates, climb, duration, warmUp, cases, verificationsPerSecond,
                endToEndTimeout, connections, generatorThreads, compareDuration, compareWarmUp, heap, profile, scaleOut,
                report);
    }

    /** The JVM options of every process measured: a fixed heap, and a flight recording from start if asked. */
    List<String> jvmOptions() {
        List<String> options = new java.util.ArrayList<>(List.of("-Xms" + heap, "-Xmx" + heap));
        if (profile) {
            // a directory: the JVM names its file after its process id (JDK 17 expands no %p)
            options.add("-XX:StartFlightRecording=settings=profile,filename=" + jfrDirectory() + "/");
        }
        return options;
    }

    Path jfrDirectory() {
        return report.toAbsolutePath().getParent().resolve("jfr");
    }

    private static boolean bool(String value) {
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException("true or false, not " + value + "\n" + USAGE);
        }
        return Boolean.parseBoolean(value);
    }

    private static Duration seconds(String value) {
        return Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
    }
}

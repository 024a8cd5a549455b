package id.netral.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** The command line of the benchmark; the defaults make a full run of about five minutes. */
record BenchmarkOptions(Path home, List<Double> rates, Duration duration, Duration warmUp, int cases,
                        double verificationsPerSecond, Duration endToEndTimeout, Path report) {

    static final String USAGE = """
            usage: deploy/benchmark/run.sh [--rates 10,25,50] [--duration 30] [--warm-up 10] [--cases 50]
                                           [--verifications-per-second 2] [--end-to-end-timeout 120]
                                           [--report FILE] [--home DIR]
              --rates      fixed arrival rates of submissions, requests per second, each run for --duration seconds
              --warm-up    seconds of submissions at the first rate before measuring, not reported
              --cases      cases carried from verification to the OPD head's e-mail and the status NOTIFIED
            """;

    static BenchmarkOptions parse(String... args) {
        if (args.length % 2 != 0 || Arrays.asList(args).contains("--help")) {
            throw new IllegalArgumentException(USAGE);
        }
        Path home = Path.of(".");
        List<Double> rates = List.of(10d, 25d, 50d);
        Duration duration = Duration.ofSeconds(30);
        Duration warmUp = Duration.ofSeconds(10);
        int cases = 50;
        double verificationsPerSecond = 2;
        Duration endToEndTimeout = Duration.ofSeconds(120);
        Path report = null;
        for (int i = 0; i < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--home" -> home = Path.of(value);
                case "--rates" -> rates = Arrays.stream(value.split(",")).map(String::trim).map(Double::valueOf)
                        .toList();
                case "--duration" -> duration = seconds(value);
                case "--warm-up" -> warmUp = seconds(value);
                case "--cases" -> cases = Integer.parseInt(value);
                case "--verifications-per-second" -> verificationsPerSecond = Double.parseDouble(value);
                case "--end-to-end-timeout" -> endToEndTimeout = seconds(value);
                case "--report" -> report = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
            }
        }
        home = home.toAbsolutePath().normalize();
        if (report == null) {
            report = home.resolve("deploy/benchmark/target/benchmark-report.md");
        }
        if (rates.isEmpty() || rates.stream().anyMatch(rate -> !(rate > 0)) || cases < 1
                || !(verificationsPerSecond > 0) || duration.isZero()) {
            throw new IllegalArgumentException("rates, cases, verifications per second and duration must be "
                    + "positive\n" + USAGE);
        }
        return new BenchmarkOptions(home, rates, duration, warmUp, cases, verificationsPerSecond, endToEndTimeout,
                report);
    }

    private static Duration seconds(String value) {
        return Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
    }
}

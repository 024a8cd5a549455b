package id.netral.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

/** The command line of the fault run; the defaults are the run README reports. */
record FaultRunOptions(Path home, int cases, double casesPerSecond, int malformedRequests, long seed,
                       Duration settleTimeout, Path report) {

    static final String USAGE = """
            usage: deploy/fault-run/run.sh [--cases 200] [--cases-per-second 1] [--malformed 10000] [--seed N]
                                           [--settle-timeout 600] [--report FILE] [--home DIR]
              --cases            cases streamed from submission to the OPD head's mailbox while the faults happen
              --cases-per-second pace of the stream (submission and verification of one case each time)
              --malformed        generated malformed requests sent across every operation of the three services
              --seed             seed of the generator; a run's report names it, so a finding can be repeated
              --settle-timeout   seconds the cases may take to arrive after the stream, before the run calls them lost
            """;

    static FaultRunOptions parse(String... args) {
        if (args.length % 2 != 0 || Arrays.asList(args).contains("--help")) {
            throw new IllegalArgumentException(USAGE);
        }
        Path home = Path.of(".");
        int cases = 200;
        // slow enough that the stream still flows when the last fault comes: a kill and restart takes 10 to 30 s
        double casesPerSecond = 1;
        int malformed = 10_000;
        long seed = ThreadLocalRandom.current().nextLong();
        Duration settleTimeout = Duration.ofMinutes(10);
        Path report = null;
        for (int i = 0; i < args.length; i += 2) {
            String value = args[i + 1];
            try {
                switch (args[i]) {
                    case "--home" -> home = Path.of(value);
                    case "--cases" -> cases = Integer.parseInt(value);
                    case "--cases-per-second" -> casesPerSecond = Double.parseDouble(value);
                    case "--malformed" -> malformed = Integer.parseInt(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--settle-timeout" -> settleTimeout = Duration.ofSeconds(Long.parseLong(value));
                    case "--report" -> report = Path.of(value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a number for " + args[i] + ": " + value + "\n" + USAGE);
            }
        }
        // one case between two faults at least, so that each fault hits a stream in motion
        if (cases < FaultSchedule.FAULTS || !(casesPerSecond > 0) || malformed < 0 || settleTimeout.isNegative()
                || settleTimeout.isZero()) {
            throw new IllegalArgumentException("cases must be at least " + FaultSchedule.FAULTS
                    + ", the pace and the settle timeout positive, malformed requests not negative\n" + USAGE);
        }
        home = home.toAbsolutePath().normalize();
        if (report == null) {
            report = home.resolve("deploy/fault-run/target/fault-run-report.md");
        }
        return new FaultRunOptions(home, cases, casesPerSecond, malformed, seed, settleTimeout, report);
    }
}

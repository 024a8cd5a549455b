package id.netral.faults;

import id.netral.local.LocalSystem;
import id.netral.local.NetralService;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * The faults, one after another while the stream flows: each service, the Kafka broker and PostgreSQL are killed -9
 * (no shutdown, nothing flushed) and started again. Each fault comes when its share of the stream has started, so
 * cases are in every stage (outbox, topics, inboxes, mail queue) when it hits.
 */
final class FaultSchedule {
    static final int FAULTS = 5;
    /** How long the broker and the database stay away: long enough for every service to notice and to wait. */
    static final Duration INFRASTRUCTURE_OUTAGE = Duration.ofSeconds(10);

    private final LocalSystem system;

    FaultSchedule(LocalSystem system) {
        this.system = system;
    }

    /**
     * @param atCase            how many cases the stream had started when the fault came
     * @param startedDuringIt   how many the stream started from the kill until the part was ready again
     */
    record Fault(String name, int atCase, int startedDuringIt, Duration outage) {
    }

    /** Injects each fault once {@code started} reaches its share of {@code cases}; returns what it did. */
    List<Fault> run(int cases, IntSupplier started) throws InterruptedException {
        List<Fault> done = new ArrayList<>();
        List<Injection> injections = List.of(
                service(NetralService.REPORT), service(NetralService.SANCTION), service(NetralService.NOTIFICATION),
                new Injection("Kafka broker killed -9, back after " + INFRASTRUCTURE_OUTAGE.toSeconds() + " s", () -> {
                    system.killKafka();
                    Thread.sleep(INFRASTRUCTURE_OUTAGE.toMillis());
                    system.startKafka();
                }),
                new Injection("PostgreSQL killed -9 (postmaster and backends), back after "
                        + INFRASTRUCTURE_OUTAGE.toSeconds() + " s", () -> {
                    system.killPostgres();
                    Thread.sleep(INFRASTRUCTURE_OUTAGE.toMillis());
                    system.startPostgres();
                }));
        for (int i = 0; i < injections.size(); i++) {
            int at = (i + 1) * cases / (injections.size() + 1);
            while (started.getAsInt() < at) {
                Thread.sleep(100);
            }
            Injection injection = injections.get(i);
            int atCase = started.getAsInt();
            progress("fault " + (i + 1) + " at case " + atCase + ": " + injection.name());
            long begin = System.nanoTime();
            injection.action().run();
            Duration outage = Duration.ofNanos(System.nanoTime() - begin);
            int during = started.getAsInt() - atCase;
            progress("  back after " + outage.toMillis() + " ms; " + during + " cases started meanwhile");
            done.add(new Fault(injection.name(), atCase, during, outage));
        }
        return done;
    }

    private Injection service(NetralService service) {
        return new Injection(service.module() + " killed -9, started again", () -> {
            system.kill(service);
            system.restart(service);
        });
    }

    private record Injection(String name, Action action) {
    }

    @FunctionalInterface
    private interface Action {
        void run() throws InterruptedException;
    }

    static void progress(String message) {
        System.err.println("[fault-run] " + message);
    }
}

package id.netral.benchmark;

import id.netral.local.NetralService;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The measurements as Markdown, with what they mean and how they were taken. */
final class BenchmarkReport {
    private final StringBuilder text = new StringBuilder();

    private BenchmarkReport() {
    }

    static String of(Measurements m) {
        BenchmarkReport report = new BenchmarkReport();
        report.machine(m);
        report.startUp(m);
        report.intake(m);
        report.endToEnd(m);
        report.memory(m);
        report.method(m);
        return report.text.toString();
    }

    private void machine(Measurements m) {
        line("# Netral benchmark");
        line("");
        text.append(m.machine().markdown(m.loadBefore(), m.loadAfter()));
    }

    private void startUp(Measurements m) {
        line("## Start-up (time to first request)");
        line("");
        line("| service | process start → first ready answer |");
        line("|---|---|");
        m.timeToReady().forEach((service, time) -> line("| " + service.module() + " | " + seconds(time) + " |"));
        line("");
    }

    private void intake(Measurements m) {
        line("## Intake: POST /api/v1/reports at fixed arrival rates (open loop)");
        line("");
        line("| offered rate | duration | sent | registered | errors | achieved | p50 | p90 | p99 | max "
                + "| generator lag p99 |");
        line("|---|---|---|---|---|---|---|---|---|---|---|");
        for (IntakeLoad.Result r : m.intake()) {
            LatencySamples.Summary l = r.latencies();
            line(String.format(Locale.ROOT, "| %s/s | %s | %d | %d | %s | %.1f/s | %s | %s | %s | %s | %s |",
                    number(r.perSecond()), seconds(r.duration()), r.sent(), r.succeeded(),
                    errors(r.failed(), r.errors()), r.achievedPerSecond(), millis(l.percentile(50)),
                    millis(l.percentile(90)), millis(l.percentile(99)), millis(l.max()),
                    millis(r.sendLag().percentile(99))));
        }
        line("");
    }

    private void endToEnd(Measurements m) {
        EndToEndRun.Result e = m.endToEnd();
        line("## End to end: verification → OPD head");
        line("");
        line("%d cases verified at %s/s%s.".formatted(e.cases(), number(e.verificationsPerSecond()),
                e.failedVerifications() == 0 ? "" : ", " + e.failedVerifications() + " verifications failed"));
        line("");
        line("| from verification to | reached | p50 | p90 | max |");
        line("|---|---|---|---|---|");
        row("the OPD head's e-mail at the SMTP server", e.cases(), e.toOpdHeadMail());
        row("the report's status NOTIFIED", e.cases(), e.toNotified());
        line("");
    }

    private void row(String what, int cases, LatencySamples.Summary s) {
        line("| %s | %d of %d | %s | %s | %s |".formatted(what, s.count(), cases, millis(s.percentile(50)),
                millis(s.percentile(90)), millis(s.max())));
    }

    private void memory(Measurements m) {
        line("## Memory (resident set size of each service process)");
        line("");
        line("| service | RSS after start-up | peak after start-up | RSS after load | peak after load | JVM heap |");
        line("|---|---|---|---|---|---|");
        for (NetralService service : m.timeToReady().keySet()) {
            ProcessMemory started = m.memoryAfterStartUp().get(service);
            ProcessMemory loaded = m.memoryAfterLoad().get(service);
            line("| %s | %s | %s | %s | %s | %s |".formatted(service.module(), started.resident(),
                    started.peakResident(), loaded.resident(), loaded.peakResident(),
                    m.jvmSettings().get(service)));
        }
        line("");
    }

    private void method(Measurements m) {
        line("## How it was measured");
        line("");
        line("- The whole system ran on this one machine through deploy/local's LocalSystem, in a fresh data "
                + "directory: PostgreSQL 18, Kafka (KRaft), GreenMail SMTP and the three packaged services as "
                + "separate JVMs. The load generator shared the same cores.");
        line("- Start-up: from launching each service's process to its first 200 on `/q/health/ready` (database "
                + "migrated, Kafka reachable); the three start at the same time, readiness polled every 250 ms.");
        line("- Intake: after a " + seconds(m.options().warmUp()) + " warm-up at the first rate, each rate ran "
                + "open loop: request i is due at i/rate seconds and sent then whether or not earlier ones were "
                + "answered (JDK HttpClient, async, HTTP/1.1). Latency runs from the due time, not the actual "
                + "send, so queueing anywhere counts (no coordinated omission). Each request is the README's "
                + "\"Gas\" sample about a different civil servant (unique valid NIP, act two days ago), "
                + "with its own Idempotency-Key; success is a 201 whose receipt says REGISTERED. Percentiles are "
                + "exact (nearest rank) over successful requests; achieved is successes per second from the "
                + "first due time to the last answer. Rate limits were raised for the run through the "
                + "services' environment. Generator lag is how late the generator itself sent.");
        line("- End to end: the cases were submitted first, then verified (VERIFIED, SKB 2022 D2) at a fixed "
                + "pace; time from each verification's due time to the OPD head's notice at the SMTP server "
                + "(polled every " + EndToEndRun.MAIL_POLL.toMillis() + " ms) and to status NOTIFIED in the "
                + "verifiers' work list (polled every " + EndToEndRun.STATUS_POLL.toMillis() + " ms). "
                + "These include the services' outbox relay and delivery polling intervals.");
        line("- Memory: VmRSS and VmHWM (peak RSS) from /proc/PID/status; JVM heap from the command line and "
                + "`jcmd PID VM.flags`.");
    }

    private static String errors(int failed, Map<String, Integer> byKind) {
        return failed == 0 ? "0" : failed + " (" + byKind.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", ")) + ")";
    }

    static String millis(Duration duration) {
        if (duration == null) {
            return "–";
        }
        double ms = duration.toNanos() / 1e6;
        return ms >= 1000 ? String.format(Locale.ROOT, "%.2f s", ms / 1000)
                : String.format(Locale.ROOT, "%.1f ms", ms);
    }

    static String seconds(Duration duration) {
        return duration == null ? "–" : String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000d);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private void line(String line) {
        text.append(line).append('\n');
    }
}

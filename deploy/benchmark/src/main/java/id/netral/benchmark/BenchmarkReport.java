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
        report.sideBySide(m);
        report.startUp(m);
        report.intake(m);
        report.endToEnd(m);
        report.scaleOut(m);
        report.memory(m);
        report.method(m);
        return report.text.toString();
    }

    private void machine(Measurements m) {
        line("# Netral benchmark");
        line("");
        text.append(m.machine().markdown(m.loadBefore(), m.loadAfter()));
    }

    private void sideBySide(Measurements m) {
        SideBySide.Result c = m.comparison();
        SideBySide.Target raw = c.target(SideBySide.RAW);
        SideBySide.Target reference = c.target(SideBySide.REFERENCE);
        SideBySide.Target netral = c.target(SideBySide.NETRAL);
        line("## Side by side: Netral's intake, the reference app and raw inserts (closed loop)");
        line("");
        line("Measured one after the other in this run, on the same PostgreSQL with the same JVM options and the same "
                + "generator (%d connections kept busy, %d generator threads, %s warm-up, then %s).".formatted(
                c.connections(), c.threads(), seconds(m.options().compareWarmUp()),
                seconds(m.options().compareDuration())));
        line("");
        line("| endpoint | writes/s | to the reference app | to raw inserts | p50 | p99 | errors "
                + "| CPU per write, its process | CPU per write, PostgreSQL | statements per write |");
        line("|---|---|---|---|---|---|---|---|---|---|");
        for (SideBySide.Target t : c.targets()) {
            line(String.format(Locale.ROOT, "| %s | %.0f | %.2fx | %.2fx | %s | %s | %s | %s | %s | %.1f |",
                    t.name(), t.perSecond(), t.perSecond() / reference.perSecond(), t.perSecond() / raw.perSecond(),
                    t.latencies() == null ? "–" : millis(t.latencies().percentile(50)),
                    t.latencies() == null ? "–" : millis(t.latencies().percentile(99)),
                    errors(t.failed(), t.errors()), cpu(t.cpuPerWrite().get(t.process())),
                    cpu(t.cpuPerWrite().get("PostgreSQL")), t.statements().perWrite(t.writes())));
        }
        line("");
        line(String.format(Locale.ROOT, "**Netral's intake: %.2fx the reference app's writes/s, %.2fx raw "
                        + "inserts'.**", netral.perSecond() / reference.perSecond(),
                netral.perSecond() / raw.perSecond()));
        line("");
        line("CPU per Netral submission in every process during its window (the events go on to the other services "
                + "and are relayed, e-mailed and timelined while the load runs):");
        line("");
        line("| process | CPU per submission |");
        line("|---|---|");
        netral.cpuPerWrite().forEach((process, ms) -> line("| " + process + " | " + cpu(ms) + " |"));
        line("");
        line("Statements per Netral submission in report-service's database, most frequent first:");
        line("");
        line("| per submission | mean time | statement |");
        line("|---|---|---|");
        netral.statements().statements().stream().limit(25).forEach(s -> line(String.format(Locale.ROOT,
                "| %.2f | %.3f ms | `%s` |", (double) s.calls() / Math.max(netral.writes(), 1),
                s.totalMillis() / Math.max(s.calls(), 1), abbreviate(s.query()))));
        line("");
    }

    private static String cpu(Double millis) {
        return millis == null ? "–" : String.format(Locale.ROOT, "%.2f ms", millis);
    }

    private static String abbreviate(String query) {
        String oneLine = query.replaceAll("\\s+", " ").replace("|", "\\|").replace("`", "'");
        return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 117) + "...";
    }

    private void startUp(Measurements m) {
        StartUp s = m.startUp();
        line("## Start-up (time to first request)");
        line("");
        line("| process | the three started together | each started alone | to the reference app, alone |");
        line("|---|---|---|---|");
        s.together().forEach((service, together) -> line(String.format(Locale.ROOT, "| %s | %s | %s | %.2fx |",
                service.module(), seconds(together), seconds(s.alone().get(service)),
                (double) s.alone().get(service).toMillis() / s.reference().toMillis())));
        line("| reference app | | " + seconds(s.reference()) + " | 1.00x |");
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
        line("| from verification to | reached | p50 | p90 | p99 | max |");
        line("|---|---|---|---|---|---|");
        row("the OPD head's e-mail at the SMTP server", e.cases(), e.toOpdHeadMail());
        row("the report's status NOTIFIED", e.cases(), e.toNotified());
        line("");
        line("From the first verification to the last OPD head's e-mail: %s, %s cases/s carried through. Letters a "
                .formatted(millis(e.drained()), number(e.casesPerSecond()))
                + "recipient got twice about one civil servant: %d.".formatted(e.repeatedLetters()));
        line("");
    }

    private void scaleOut(Measurements m) {
        ScaleOut.Result scaleOut = m.scaleOut();
        if (scaleOut == null) {
            return;
        }
        EndToEndRun.Result one = m.endToEnd();
        EndToEndRun.Result two = scaleOut.twoReplicas();
        line("## Scale-out: two replicas of sanction-service and notification-service");
        line("");
        line("The same end-to-end run again after a second replica of each consumer joined (same database, same "
                + "consumer groups, the topics' partitions split between the two), on the same two cores.");
        line("");
        line("| replicas of each consumer | cases | OPD heads reached | p50 | p99 | cases/s carried through |");
        line("|---|---|---|---|---|---|");
        scaleOutRow("one", one);
        scaleOutRow("two", two);
        line("");
        line("Two replicas carried %s the cases per second of one. Recommendations beyond the first for one report: "
                .formatted(ratio(two.casesPerSecond(), one.casesPerSecond()))
                + "%d; notices beyond the first of one recommendation to one recipient: %d; letters mailed twice: %d."
                .formatted(scaleOut.duplicateRecommendations(), scaleOut.duplicateNotices(), two.repeatedLetters()));
        line("");
    }

    private void scaleOutRow(String replicas, EndToEndRun.Result run) {
        line("| %s | %d | %d | %s | %s | %s |".formatted(replicas, run.cases(), run.toOpdHeadMail().count(),
                millis(run.toOpdHeadMail().percentile(50)), millis(run.toOpdHeadMail().percentile(99)),
                number(run.casesPerSecond())));
    }

    private void row(String what, int cases, LatencySamples.Summary s) {
        line("| %s | %d of %d | %s | %s | %s | %s |".formatted(what, s.count(), cases, millis(s.percentile(50)),
                millis(s.percentile(90)), millis(s.percentile(99)), millis(s.max())));
    }

    private void memory(Measurements m) {
        line("## Memory (resident set size of each process)");
        line("");
        line("| process | RSS after start-up | RSS after the side-by-side load | to the reference app "
                + "| RSS / peak after all load | JVM |");
        line("|---|---|---|---|---|---|");
        ProcessMemory reference = m.memoryAfterComparison().reference();
        for (NetralService service : m.jvmSettings().keySet()) {
            ProcessMemory loaded = m.memoryAfterComparison().services().get(service);
            ProcessMemory last = m.memoryAfterLoad().get(service);
            line(String.format(Locale.ROOT, "| %s | %s | %s | %.2fx | %s / %s | %s |", service.module(),
                    m.memoryAfterStartUp().services().get(service).resident(), loaded.resident(),
                    (double) loaded.residentKib() / reference.residentKib(), last.resident(), last.peakResident(),
                    m.jvmSettings().get(service)));
        }
        line("| reference app | %s | %s | 1.00x | | same options |".formatted(
                m.memoryAfterStartUp().reference().resident(), reference.resident()));
        line("");
    }

    private void method(Measurements m) {
        line("## How it was measured");
        line("");
        line("- The whole system ran on this one machine through deploy/local's LocalSystem, in a fresh data "
                + "directory: PostgreSQL 18, Kafka (KRaft), GreenMail SMTP and the three packaged services as "
                + "separate JVMs. The load generator shared the same cores.");
        line("- Side by side: the same closed-loop generator (JDK HttpClient, async, HTTP/1.1, a fixed pool of "
                + "generator threads) keeps every connection busy against each endpoint in turn: raw single-row "
                + "JDBC inserts, each committed, into a table shaped like the reference's; the reference app "
                + "(deploy/reference-app: one entity, one POST, Hibernate ORM with Panache) given the same JSON "
                + "body; and Netral's POST /api/v1/reports as a partner app sends it. Only requests sent and "
                + "answered inside the window count. CPU per write is each process's user and system time over "
                + "the window (/proc/PID/stat; PostgreSQL with its backends) divided by the successful writes; "
                + "statements per write are PostgreSQL's own count (pg_stat_statements, top-level statements, "
                + "BEGIN and COMMIT included) in the endpoint's database over the window.");
        line("- Start-up: from launching each process to its first 200 on `/q/health/ready` (database "
                + "migrated, Kafka reachable), polled every 250 ms; first the three together, then each stopped "
                + "and started again alone. The reference app has no health check: its time is to its first 201.");
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
                + "(noted by the server as it stores the letter) and to status NOTIFIED in the verifiers' work "
                + "list (polled every " + EndToEndRun.STATUS_POLL.toMillis() + " ms).");
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

    private static String ratio(double value, double baseline) {
        return baseline > 0 ? String.format(Locale.ROOT, "%.2fx", value / baseline) : "–";
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private void line(String line) {
        text.append(line).append('\n');
    }
}

package id.netral.benchmark;

import id.netral.local.samples.SampleReports;


import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Cases carried through the whole system: submitted first (not timed), then verified at a fixed pace; from each
 * verification's due time the run waits for the OPD head's e-mail at the SMTP server and for the report's status
 * NOTIFIED, which comes back from notification-service through Kafka. Both are watched by polling, so each time
 * is late by up to one poll interval.
 */
record EndToEndRun(ReportServiceApi api, SampleReports reports, MailArrivals mail) {
    static final Duration STATUS_POLL = Duration.ofMillis(100);

    Result run(int cases, double verificationsPerSecond, Duration timeout) throws InterruptedException {
        List<Case> submitted = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            submitted.add(submit());
        }
        Map<String, Long> verifiedAt = new ConcurrentHashMap<>();
        Map<String, Long> notifiedAt = new ConcurrentHashMap<>();
        Map<String, String> failedVerifications = new ConcurrentHashMap<>();
        ScheduledExecutorService watch = Executors.newScheduledThreadPool(2);
        try {
            watch.scheduleWithFixedDelay(() -> recordNotified(notifiedAt),
                    0, STATUS_POLL.toMillis(), TimeUnit.MILLISECONDS);
            OpenLoopDriver.drive(new FixedRateSchedule(verificationsPerSecond, cases), (index, due) -> {
                Case verified = submitted.get(index);
                verifiedAt.put(verified.employeeId(), due);
                api.verify(verified.reportId(), SampleReports.VIOLATION_KIND).whenComplete((response, failure) -> {
                    if (failure != null || response.statusCode() != 200) {
                        failedVerifications.put(verified.reportId(), failure != null ? failure.toString()
                                : "HTTP " + response.statusCode());
                    }
                });
            });
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline && (mailed(submitted) + failedVerifications.size() < cases
                    || notifiedAt.size() + failedVerifications.size() < cases)) {
                Thread.sleep(STATUS_POLL.toMillis());
            }
        } finally {
            watch.shutdownNow();
            watch.awaitTermination(5, TimeUnit.SECONDS);
        }
        LatencySamples toMail = new LatencySamples();
        LatencySamples toNotified = new LatencySamples();
        for (Case c : submitted) {
            Long verified = verifiedAt.get(c.employeeId());
            Long mailed = mail.toOpdHead(c.employeeId());
            if (verified != null && mailed != null) {
                toMail.record(Duration.ofNanos(mailed - verified));
            }
            if (verified != null && notifiedAt.containsKey(c.reportId())) {
                toNotified.record(Duration.ofNanos(notifiedAt.get(c.reportId()) - verified));
            }
        }
        long firstVerified = verifiedAt.values().stream().mapToLong(Long::longValue).min().orElse(0);
        long lastMailed = submitted.stream().map(c -> mail.toOpdHead(c.employeeId())).filter(t -> t != null)
                .mapToLong(Long::longValue).max().orElse(firstVerified);
        return new Result(cases, verificationsPerSecond, toMail.summary(), toNotified.summary(),
                failedVerifications.size(), Duration.ofNanos(lastMailed - firstVerified), mail.repeats());
    }

    private Case submit() {
        SampleReports.Report report = reports.next();
        HttpResponse<String> receipt = api.submit(report.json()).join();
        if (receipt.statusCode() != 201
                || !ReportServiceApi.field(receipt.body(), "status").asText().equals("REGISTERED")) {
            throw new IllegalStateException("a case to verify was not registered: " + receipt.statusCode() + " "
                    + receipt.body());
        }
        return new Case(ReportServiceApi.field(receipt.body(), "id").asText(), report.employeeId());
    }

    private long mailed(List<Case> cases) {
        return cases.stream().filter(c -> mail.toOpdHead(c.employeeId()) != null).count();
    }

    private void recordNotified(Map<String, Long> notifiedAt) {
        long seen = System.nanoTime();
        try {
            api.notifiedReportIds().forEach(id -> notifiedAt.putIfAbsent(id, seen));
        } catch (RuntimeException e) {
            System.err.println("[benchmark] work list not read: " + e.getMessage());
        }
    }

    private record Case(String reportId, String employeeId) {
    }

    /**
     * @param drained        from the first verification to the last OPD head's letter: how long the system took to
     *                       carry every case through
     * @param repeatedLetters letters beyond the first that one recipient got about one civil servant (0: none twice)
     */
    record Result(int cases, double verificationsPerSecond, LatencySamples.Summary toOpdHeadMail,
                  LatencySamples.Summary toNotified, int failedVerifications, Duration drained, int repeatedLetters) {
        /** Cases carried to the OPD head per second of {@link #drained}. */
        double casesPerSecond() {
            return drained.isZero() ? 0 : toOpdHeadMail.count() / (drained.toNanos() / 1e9);
        }
    }
}

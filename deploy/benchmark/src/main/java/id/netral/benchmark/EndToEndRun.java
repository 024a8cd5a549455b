package id.netral.benchmark;

import id.netral.local.Letters;
import id.netral.local.samples.SampleReports;

import id.netral.infra.SmtpServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

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
record EndToEndRun(ReportServiceApi api, SampleReports reports, SmtpServer smtp) {
    static final Duration MAIL_POLL = Duration.ofMillis(50);
    static final Duration STATUS_POLL = Duration.ofMillis(100);

    Result run(int cases, double verificationsPerSecond, Duration timeout) throws InterruptedException {
        List<Case> submitted = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            submitted.add(submit());
        }
        Map<String, Long> verifiedAt = new ConcurrentHashMap<>();
        Map<String, Long> mailedAt = new ConcurrentHashMap<>();
        Map<String, Long> notifiedAt = new ConcurrentHashMap<>();
        Map<String, String> failedVerifications = new ConcurrentHashMap<>();
        ScheduledExecutorService watch = Executors.newScheduledThreadPool(2);
        try {
            watch.scheduleWithFixedDelay(() -> recordOpdHeadMail(submitted, mailedAt),
                    0, MAIL_POLL.toMillis(), TimeUnit.MILLISECONDS);
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
            while (System.nanoTime() < deadline && (mailedAt.size() + failedVerifications.size() < cases
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
            if (verified != null && mailedAt.containsKey(c.employeeId())) {
                toMail.record(Duration.ofNanos(mailedAt.get(c.employeeId()) - verified));
            }
            if (verified != null && notifiedAt.containsKey(c.reportId())) {
                toNotified.record(Duration.ofNanos(notifiedAt.get(c.reportId()) - verified));
            }
        }
        return new Result(cases, verificationsPerSecond, toMail.summary(), toNotified.summary(),
                failedVerifications.size());
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

    /** The OPD head's notice names the accused's NIP in its text; the copies' subjects start with "Tembusan". */
    private void recordOpdHeadMail(List<Case> cases, Map<String, Long> mailedAt) {
        long seen = System.nanoTime();
        for (MimeMessage mail : smtp.received()) {
            try {
                String subject = mail.getSubject();
                if (subject == null || subject.startsWith("Tembusan")) {
                    continue;
                }
                Letters.employeeId(mail).ifPresent(nip -> {
                    for (Case c : cases) {
                        if (nip.equals(c.employeeId())) {
                            mailedAt.putIfAbsent(c.employeeId(), seen);
                        }
                    }
                });
            } catch (MessagingException e) {
                // an unreadable message is none of ours
            }
        }
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

    record Result(int cases, double verificationsPerSecond, LatencySamples.Summary toOpdHeadMail,
                  LatencySamples.Summary toNotified, int failedVerifications) {
    }
}

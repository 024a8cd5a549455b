package id.netral.faults;

import id.netral.infra.DevIdentityProvider;
import id.netral.local.samples.SampleReports;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Cases as a careful partner app and a Bawaslu verifier carry them while the system is being broken: each case is
 * submitted with an Idempotency-Key and sent again with the same key until it is taken (as the contract's 503 and
 * Retry-After ask), then verified, and the decision sent again until it is recorded. Whatever the faults do, every
 * case the stream started is a case the system took exactly once.
 */
final class CaseStream {
    private static final Duration RETRY_PAUSE = Duration.ofMillis(500);
    private static final Set<String> UNDECIDED = Set.of("SUBMITTED", "REGISTERED", "NEEDS_INFO");

    private final NetralApi api;
    private final Supplier<String> reportServiceUrl;
    private final DevIdentityProvider identity;
    private final SampleReports reports;
    private final List<StreamedCase> cases = new CopyOnWriteArrayList<>();
    private final AtomicInteger retries = new AtomicInteger();
    /** Answers a partner app must never get, even during a fault: the 5xx that are not 503, by status. */
    private final Map<Integer, AtomicInteger> unexpected = new ConcurrentHashMap<>();

    CaseStream(NetralApi api, Supplier<String> reportServiceUrl, DevIdentityProvider identity, SampleReports reports) {
        this.api = api;
        this.reportServiceUrl = reportServiceUrl;
        this.identity = identity;
        this.reports = reports;
    }

    record StreamedCase(String reportId, String employeeId, String name) {
    }

    /** Submits and verifies {@code count} cases at {@code perSecond}, each retried until the system took it. */
    void run(int count, double perSecond) throws InterruptedException {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long due = start + (long) (i * 1e9 / perSecond);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            SampleReports.Report report = reports.next();
            String reportId = submit(report.json());
            verify(reportId);
            cases.add(new StreamedCase(reportId, report.employeeId(), report.name()));
        }
    }

    int started() {
        return cases.size();
    }

    List<StreamedCase> cases() {
        return List.copyOf(cases);
    }

    /** Requests sent again because the service was unreachable or answered 503 or 429. */
    int retries() {
        return retries.get();
    }

    Map<Integer, Integer> unexpectedAnswers() {
        Map<Integer, Integer> copy = new TreeMap<>();
        unexpected.forEach((status, count) -> copy.put(status, count.get()));
        return copy;
    }

    private String submit(String body) throws InterruptedException {
        String idempotencyKey = "fault-run-" + UUID.randomUUID();
        while (true) {
            HttpRequest request = NetralApi.request(reportServiceUrl.get(), "/api/v1/reports",
                            identity.partnerApp(DevIdentityProvider.TEST_PARTNER_APP))
                    .header("Content-Type", "application/json").header("Idempotency-Key", idempotencyKey)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            Optional<HttpResponse<String>> answer = api.send(request);
            if (answer.isPresent() && answer.get().statusCode() == 201) {
                return NetralApi.json(answer.get().body()).get("id").asText();
            }
            again(answer, "submission");
        }
    }

    private void verify(String reportId) throws InterruptedException {
        String decision = "{\"decision\":\"VERIFIED\",\"violationKind\":\"" + SampleReports.VIOLATION_KIND + "\"}";
        while (true) {
            HttpRequest request = NetralApi.request(reportServiceUrl.get(),
                            "/api/v1/reports/" + reportId + "/verification", identity.token("verifier"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(decision)).build();
            Optional<HttpResponse<String>> answer = api.send(request);
            if (answer.isPresent() && answer.get().statusCode() == 200) {
                return;
            }
            // the decision was recorded but its answer lost in the fault: sent again, it is refused as decided
            if (answer.isPresent() && answer.get().statusCode() == 409 && decided(reportId)) {
                return;
            }
            again(answer, "verification of " + reportId);
        }
    }

    private boolean decided(String reportId) {
        HttpRequest request = NetralApi.request(reportServiceUrl.get(), "/api/v1/reports/" + reportId,
                identity.token("verifier")).GET().build();
        return api.send(request).filter(answer -> answer.statusCode() == 200)
                .map(answer -> !UNDECIDED.contains(NetralApi.json(answer.body()).path("status").asText()))
                .orElse(false);
    }

    private void again(Optional<HttpResponse<String>> answer, String what) throws InterruptedException {
        if (answer.isPresent()) {
            int status = answer.get().statusCode();
            if (status != 503 && status != 429) {
                unexpected.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                if (status < 500) {
                    throw new IllegalStateException(what + " refused with " + status + ": " + answer.get().body());
                }
            }
        }
        retries.incrementAndGet();
        Thread.sleep(RETRY_PAUSE.toMillis());
    }
}

package id.netral.benchmark;

import id.netral.local.samples.SampleReports;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Submissions at one fixed arrival rate, open loop: each report is sent at its due time whether or not earlier
 * ones were answered, and its latency runs from that due time to the answer. A success is a 201 whose receipt says
 * REGISTERED, i.e. the report was stored, screened and queued for its event like any real one.
 */
final class IntakeLoad {
    private final ReportServiceApi api;
    private final SampleReports reports;

    IntakeLoad(ReportServiceApi api, SampleReports reports) {
        this.api = api;
        this.reports = reports;
    }

    Result run(double perSecond, Duration duration) {
        FixedRateSchedule schedule = FixedRateSchedule.forDuration(perSecond, duration);
        // built beforehand so the sending thread does nothing but send
        List<String> bodies = IntStream.range(0, schedule.requests()).mapToObj(i -> reports.next().json()).toList();
        LatencySamples latencies = new LatencySamples();
        Map<String, Integer> errors = new TreeMap<>();
        AtomicLong lastAnswer = new AtomicLong();
        CompletableFuture<?>[] answers = new CompletableFuture<?>[schedule.requests()];
        OpenLoopDriver.Dispatch dispatch = OpenLoopDriver.drive(schedule, (index, due) ->
                answers[index] = api.submit(bodies.get(index)).whenComplete((response, failure) -> {
                    long answered = System.nanoTime();
                    lastAnswer.accumulateAndGet(answered, Math::max);
                    String error = failure != null ? rootCause(failure).getClass().getSimpleName() : ReportServiceApi.unregistered(response);
                    if (error == null) {
                        latencies.record(Duration.ofNanos(answered - due));
                    } else {
                        synchronized (errors) {
                            errors.merge(error, 1, Integer::sum);
                        }
                    }
                }));
        int unanswered = awaitAnswers(answers);
        Duration elapsed = Duration.ofNanos(Math.max(lastAnswer.get() - dispatch.startNanoTime(),
                schedule.span().toNanos()));
        synchronized (errors) {
            if (unanswered > 0) {
                errors.merge("no answer", unanswered, Integer::sum);
            }
            return new Result(perSecond, duration, schedule.requests(), latencies.summary(), Map.copyOf(errors),
                    elapsed, dispatch.sendLag());
        }
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** @return how many requests got no answer at all, not even the client's timeout, within the grace period */
    private static int awaitAnswers(CompletableFuture<?>[] answers) {
        try {
            CompletableFuture.allOf(answers).exceptionally(failure -> null)
                    .get(ReportServiceApi.REQUEST_TIMEOUT.toSeconds() + 10, TimeUnit.SECONDS);
        } catch (Exception e) {
            // counted below
        }
        return (int) Arrays.stream(answers).filter(answer -> !answer.isDone()).count();
    }

    record Result(double perSecond, Duration duration, int sent, LatencySamples.Summary latencies,
                  Map<String, Integer> errors, Duration elapsed, LatencySamples.Summary sendLag) {

        int succeeded() {
            return latencies.count();
        }

        int failed() {
            return errors.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** Successful submissions per second over the run, from the first due time to the last answer. */
        double achievedPerSecond() {
            return succeeded() / (elapsed.toNanos() / 1e9);
        }
    }
}

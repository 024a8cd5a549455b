package id.netral.benchmark;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.Function;

/**
 * As many requests in flight as there are connections, each sent the moment the one before it on its connection is
 * answered (closed loop, like wrk or hey): the most one endpoint can take on this machine. The same generator,
 * threads and connections for every endpoint compared, so their ratio is the endpoints' and not the generator's.
 */
final class ClosedLoopLoad {
    private final int connections;
    private final int threads;

    ClosedLoopLoad(int connections, int threads) {
        this.connections = connections;
        this.threads = threads;
    }

    /**
     * @param request  the i-th request; each must be a new write (its own NIP, its own key)
     * @param refusal  why an answer is not a success, or null when it is
     * @param measured called once at the start and once at the end of the measured window, e.g. to read CPU counters
     */
    Result run(IntFunction<HttpRequest> request, Function<HttpResponse<String>, String> refusal, Duration warmUp,
               Duration duration, Runnable measured) throws InterruptedException {
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Loop loop = new Loop(client, request, refusal);
        long start = System.nanoTime();
        loop.measureFrom = start + warmUp.toNanos();
        loop.endAt = loop.measureFrom + duration.toNanos();
        for (int i = 0; i < connections; i++) {
            loop.next();
        }
        sleepUntil(loop.measureFrom);
        measured.run();
        sleepUntil(loop.endAt);
        measured.run();
        loop.finished.await(ReportServiceApi.REQUEST_TIMEOUT.toSeconds() + 10, TimeUnit.SECONDS);
        executor.shutdownNow();
        synchronized (loop) {
            return new Result(loop.latencies.summary(), Map.copyOf(loop.errors), duration);
        }
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        for (long wait = nanoTime - System.nanoTime(); wait > 0; wait = nanoTime - System.nanoTime()) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    private final class Loop {
        private final HttpClient client;
        private final IntFunction<HttpRequest> request;
        private final Function<HttpResponse<String>, String> refusal;
        private final LatencySamples latencies = new LatencySamples();
        private final Map<String, Integer> errors = new TreeMap<>();
        private final CountDownLatch finished = new CountDownLatch(connections);
        private int issued;
        private volatile long measureFrom;
        private volatile long endAt;

        private Loop(HttpClient client, IntFunction<HttpRequest> request, Function<HttpResponse<String>, String> refusal) {
            this.client = client;
            this.request = request;
            this.refusal = refusal;
        }

        private void next() {
            int index;
            synchronized (this) {
                index = issued++;
            }
            long sent = System.nanoTime();
            client.sendAsync(request.apply(index), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, failure) -> {
                        long answered = System.nanoTime();
                        // only requests sent and answered inside the window count, so warm-up and drain do not
                        if (sent >= measureFrom && answered <= endAt) {
                            String error = failure != null ? failure.getClass().getSimpleName()
                                    : refusal.apply(response);
                            synchronized (this) {
                                if (error == null) {
                                    latencies.record(Duration.ofNanos(answered - sent));
                                } else {
                                    errors.merge(error, 1, Integer::sum);
                                }
                            }
                        }
                        if (answered < endAt) {
                            next();
                        } else {
                            finished.countDown();
                        }
                    });
        }
    }

    record Result(LatencySamples.Summary latencies, Map<String, Integer> errors, Duration duration) {

        int succeeded() {
            return latencies.count();
        }

        int failed() {
            return errors.values().stream().mapToInt(Integer::intValue).sum();
        }

        double perSecond() {
            return succeeded() / (duration.toNanos() / 1e9);
        }
    }
}

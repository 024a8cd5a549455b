package id.netral.notification;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A partner system's webhook endpoint on a free loopback port: answers 503 to as many requests as it is told to fail,
 * then 200, and keeps every request it got. When given a {@link StandardWebhooksVerifier} it answers 401 to a request
 * whose Standard Webhooks signature does not verify, as a real receiver would, so the delivery fails.
 */
public final class WebhookReceiver implements AutoCloseable {
    /** Below the sender's 30 s timeout: a slow endpoint still answers */
    public static final Duration LONGEST_HOLD = Duration.ofSeconds(20);

    /**
     * @param timestamp      the deprecated X-Netral-Timestamp
     * @param signature      the deprecated X-Netral-Signature
     * @param idempotencyKey the deprecated Idempotency-Key
     */
    public record Request(long receivedAtMillis, String timestamp, String signature, String idempotencyKey,
                          String webhookId, String webhookTimestamp, String webhookSignature,
                          String contentType, String body, int answered) {
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger holding = new AtomicInteger();
    private volatile CountDownLatch held = new CountDownLatch(0);
    private volatile StandardWebhooksVerifier verifier;

    public WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            holding.incrementAndGet();
            holdWhileAsked();
            holding.decrementAndGet();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var headers = exchange.getRequestHeaders();
            StandardWebhooksVerifier checking = verifier;
            boolean authentic = checking == null || checking.refusal(headers.getFirst("webhook-id"),
                    headers.getFirst("webhook-timestamp"), headers.getFirst("webhook-signature"), body).isEmpty();
            int status = !authentic ? 401 : failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0 ? 503 : 200;
            requests.add(new Request(System.currentTimeMillis(), headers.getFirst("X-Netral-Timestamp"),
                    headers.getFirst("X-Netral-Signature"), headers.getFirst("Idempotency-Key"),
                    headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                    headers.getFirst("webhook-signature"), headers.getFirst("Content-Type"), body, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    /** From now on a request is answered 401 unless the verifier finds it authentic and fresh; null to stop. */
    public WebhookReceiver verifying(StandardWebhooksVerifier verifier) {
        this.verifier = verifier;
        return this;
    }

    /** The next {@code count} requests are answered 503. */
    public WebhookReceiver failing(int count) {
        failuresLeft.set(count);
        return this;
    }

    /**
     * Answers nothing until {@link #answer()}, at most {@link #LONGEST_HOLD}: an endpoint that is slow to answer. The
     * server takes one request at a time, so those that follow wait too.
     */
    public WebhookReceiver slow() {
        held = new CountDownLatch(1);
        return this;
    }

    /** How many requests arrived and are held, unanswered, now. */
    public int holding() {
        return holding.get();
    }

    /** Answers again, the held requests first. */
    public WebhookReceiver answer() {
        held.countDown();
        return this;
    }

    private void holdWhileAsked() {
        try {
            held.await(LONGEST_HOLD.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

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
 * then 200, and keeps every request it got.
 */
public final class WebhookReceiver implements AutoCloseable {
    /** Below the sender's 30 s timeout: a slow endpoint still answers */
    public static final Duration LONGEST_HOLD = Duration.ofSeconds(20);

    public record Request(long receivedAtMillis, String timestamp, String signature, String idempotencyKey,
                          String contentType, String body, int answered) {
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private volatile CountDownLatch held = new CountDownLatch(0);

    public WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            holdWhileAsked();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0 ? 503 : 200;
            var headers = exchange.getRequestHeaders();
            requests.add(new Request(System.currentTimeMillis(), headers.getFirst("X-Netral-Timestamp"),
                    headers.getFirst("X-Netral-Signature"), headers.getFirst("Idempotency-Key"),
                    headers.getFirst("Content-Type"), body, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
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

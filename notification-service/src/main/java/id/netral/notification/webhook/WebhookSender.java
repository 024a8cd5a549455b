package id.netral.notification.webhook;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.net.TrustOptions;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * POSTs a notice, signed by the Standard Webhooks convention (see {@link WebhookSignature}), to an endpoint; any
 * answer but 2xx is a failure. Redirects are not followed: a redirect is a new host that no policy checked.
 * <p>
 * It connects only to the addresses {@link WebhookPolicy} approved and never resolves the host itself, so the address
 * checked is the address called (a client that resolves again at connect time reopens the DNS-rebinding hole). The
 * URL's host still names the request: it is the Host header, the TLS server name (SNI is sent even though the socket
 * goes to an IP) and the name the certificate must carry, so pinning the address weakens neither virtual hosting nor
 * the certificate check. If an approved address cannot be connected to, the next one is tried; once connected, a
 * failure is final for this attempt, since the endpoint may already have the notice.
 * <p>
 * Called from worker threads only, never the event loop, so it waits for the answer.
 */
@Singleton
public class WebhookSender {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Clock clock;
    private final boolean legacyHeaders;
    private final HttpClient client;

    @Inject
    WebhookSender(Vertx vertx, Clock clock, WebhookConfig config) {
        this(vertx, clock, null, config.legacyHeaders());
    }

    WebhookSender(Vertx vertx, Clock clock) {
        this(vertx, clock, null, true);
    }

    /**
     * @param trust         the certificates to trust instead of the JDK's default ones; null for those
     * @param legacyHeaders whether the deprecated X-Netral-* and Idempotency-Key headers still go along
     */
    WebhookSender(Vertx vertx, Clock clock, TrustOptions trust, boolean legacyHeaders) {
        this.clock = clock;
        this.legacyHeaders = legacyHeaders;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) CONNECT_TIMEOUT.toMillis())
                .setVerifyHost(true)
                .setForceSni(true)
                .setTrustOptions(trust));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** @throws IllegalStateException when the endpoint does not take the notice */
    public void send(OutgoingWebhook webhook, WebhookTarget target) {
        if (webhook.secrets().isEmpty()) {
            throw new IllegalArgumentException("a webhook is never sent unsigned");
        }
        // the attempt's time, not the notice's: a receiver refuses an old request, so a replay cannot pass as new
        long timestamp = clock.instant().getEpochSecond();
        String id = webhook.deliveryId().toString();
        String signature = WebhookSignature.standard(webhook.secrets(), id, timestamp, webhook.body());
        String legacySignature = legacyHeaders
                ? WebhookSignature.legacy(webhook.secrets().get(0), timestamp, webhook.body()) : null;
        Buffer body = Buffer.buffer(webhook.body());
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        List<Throwable> unreachable = new ArrayList<>();
        for (InetAddress address : target.addresses()) {
            RequestOptions request = new RequestOptions()
                    .setMethod(HttpMethod.POST)
                    .setServer(SocketAddress.inetSocketAddress(target.port(), address.getHostAddress()))
                    .setHost(target.host())
                    .setPort(target.port())
                    .setSsl(target.https())
                    .setURI(target.pathAndQuery())
                    .setFollowRedirects(false)
                    .setIdleTimeout(TIMEOUT.toMillis())
                    .putHeader("Content-Type", "application/json")
                    .putHeader(WebhookSignature.ID_HEADER, id)
                    .putHeader(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                    .putHeader(WebhookSignature.SIGNATURE_HEADER, signature);
            if (legacyHeaders) {
                request.putHeader(WebhookSignature.LEGACY_TIMESTAMP_HEADER, Long.toString(timestamp))
                        .putHeader(WebhookSignature.LEGACY_SIGNATURE_HEADER, legacySignature)
                        .putHeader(WebhookSignature.LEGACY_IDEMPOTENCY_HEADER, id);
            }
            Future<HttpClientRequest> connected = client.request(request);
            int status;
            try {
                status = answer(connected, body, deadline);
            } catch (ExecutionException e) {
                if (connected.failed()) {
                    unreachable.add(new IllegalStateException(
                            address.getHostAddress() + ": " + describe(connected.cause()), connected.cause()));
                    continue;
                }
                throw new WebhookFailure(WebhookFailure.Kind.UNREACHABLE, describe(e.getCause()), e.getCause());
            }
            if (status / 100 != 2) {
                throw new WebhookFailure(WebhookFailure.Kind.REFUSED, "the endpoint answered HTTP " + status, null);
            }
            return;
        }
        WebhookFailure failure = new WebhookFailure(WebhookFailure.Kind.UNREACHABLE, "could not connect to "
                + target.host() + " at " + String.join(", ", unreachable.stream().map(Throwable::getMessage).toList()),
                null);
        unreachable.forEach(failure::addSuppressed);
        throw failure;
    }

    /** Sends once the connection is there and waits for the whole answer, body discarded, until the deadline. */
    private static int answer(Future<HttpClientRequest> connected, Buffer body, long deadline)
            throws ExecutionException {
        AtomicReference<HttpClientRequest> underway = new AtomicReference<>();
        AtomicBoolean abandoned = new AtomicBoolean();
        Future<Integer> answered = connected.compose(request -> {
            underway.set(request);
            if (abandoned.get()) {
                request.reset();
                return Future.failedFuture("abandoned after the deadline");
            }
            return request.send(body).compose(response -> {
                response.handler(ignored -> {
                });
                return response.end().map(done -> response.statusCode());
            });
        });
        try {
            return answered.toCompletionStage().toCompletableFuture()
                    .get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            abandon(underway, abandoned);
            throw new WebhookFailure(WebhookFailure.Kind.TIMEOUT, "no answer within " + TIMEOUT.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            abandon(underway, abandoned);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending", e);
        }
    }

    // Either this sees the request that is under way or the event loop sees the flag before sending: never neither.
    private static void abandon(AtomicReference<HttpClientRequest> underway, AtomicBoolean abandoned) {
        abandoned.set(true);
        HttpClientRequest request = underway.get();
        if (request != null) {
            request.reset();
        }
    }

    private static String describe(Throwable failure) {
        return failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }
}

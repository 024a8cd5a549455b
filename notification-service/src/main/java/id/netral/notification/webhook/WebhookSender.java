package id.netral.notification.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;

/** POSTs a signed notice to an endpoint; any answer but 2xx is a failure. Redirects are not followed. */
@ApplicationScoped
public class WebhookSender {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Inject
    Clock clock;

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** @throws IllegalStateException when the endpoint does not take the notice */
    public void send(OutgoingWebhook webhook) {
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(webhook.url()))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER,
                        WebhookSignature.sign(webhook.secret(), timestamp, webhook.body()))
                .header(WebhookSignature.IDEMPOTENCY_HEADER, webhook.deliveryId().toString())
                .POST(HttpRequest.BodyPublishers.ofString(webhook.body()))
                .build();
        HttpResponse<Void> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new IllegalStateException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("the endpoint answered HTTP " + response.statusCode());
        }
    }
}

package id.netral.infra;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Reads one series of a service's /q/metrics (Prometheus text format), as an operator's Prometheus would. */
public final class Metrics {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Metrics() {
    }

    /**
     * @param serviceUrl the service's base URL, e.g. http://localhost:8081
     * @param series     the series as printed, with its labels in the order Prometheus prints them (sorted by name),
     *                   e.g. {@code netral_inbound_events_total{outcome="handled",type="SANCTION_RECOMMENDED"}}
     * @return its value; {@code absent} while the series is not there
     */
    public static double value(String serviceUrl, String series, double absent) {
        String text;
        try {
            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(
                    URI.create(serviceUrl.replaceAll("/+$", "") + "/q/metrics")).timeout(Duration.ofSeconds(10))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("/q/metrics answered HTTP " + response.statusCode());
            }
            text = response.body();
        } catch (IOException e) {
            throw new IllegalStateException("/q/metrics unreadable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return text.lines()
                .filter(line -> line.startsWith(series + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(series.length() + 1).strip()))
                .findFirst().orElse(absent);
    }
}

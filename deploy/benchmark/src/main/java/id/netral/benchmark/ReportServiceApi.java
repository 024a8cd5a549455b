package id.netral.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** The calls the benchmark makes to report-service, as a partner app and a Bawaslu verifier make them. */
final class ReportServiceApi {
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final int WORKLIST_PAGE_SIZE = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String partnerAppToken;
    private final String verifierToken;

    ReportServiceApi(String baseUrl, String partnerAppToken, String verifierToken) {
        this.baseUrl = baseUrl;
        this.partnerAppToken = partnerAppToken;
        this.verifierToken = verifierToken;
    }

    /** A partner app's submission, with the Idempotency-Key a careful partner app sends. */
    CompletableFuture<HttpResponse<String>> submit(String report) {
        return client.sendAsync(submission(report), HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest submission(String report) {
        return request("/api/v1/reports", partnerAppToken)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "benchmark-" + UUID.randomUUID())
                .POST(HttpRequest.BodyPublishers.ofString(report)).build();
    }

    /**
     * Why a submission's answer is not a success, or null for a 201 whose receipt says REGISTERED: stored, screened
     * and queued for its event like any real report.
     */
    static String unregistered(HttpResponse<String> response) {
        if (response.statusCode() != 201) {
            return "HTTP " + response.statusCode();
        }
        try {
            String status = field(response.body(), "status").asText();
            return status.equals("REGISTERED") ? null : "screened " + status;
        } catch (RuntimeException e) {
            return "unreadable receipt";
        }
    }

    CompletableFuture<HttpResponse<String>> verify(String reportId, String violationKind) {
        String decision = "{\"decision\":\"VERIFIED\",\"violationKind\":\"" + violationKind + "\"}";
        HttpRequest request = request("/api/v1/reports/" + reportId + "/verification", verifierToken)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(decision)).build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The ids of every case that reached NOTIFIED, from the verifiers' work list. */
    Set<String> notifiedReportIds() {
        Set<String> ids = new HashSet<>();
        for (int page = 0; ; page++) {
            HttpRequest request = request("/api/v1/reports?status=NOTIFIED&sort=submittedAt,asc&size="
                    + WORKLIST_PAGE_SIZE + "&page=" + page, verifierToken).GET().build();
            JsonNode items = field(send(request), "items");
            items.forEach(item -> ids.add(item.get("id").asText()));
            if (items.size() < WORKLIST_PAGE_SIZE) {
                return ids;
            }
        }
    }

    /** A field of a JSON answer, e.g. the status or id of a submission receipt. */
    static JsonNode field(String json, String name) {
        try {
            JsonNode value = JSON.readTree(json).get(name);
            if (value == null) {
                throw new IllegalStateException("no " + name + " in " + json);
            }
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + json, e);
        }
    }

    private String send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private HttpRequest.Builder request(String path, String token) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token);
    }
}

package id.netral.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** HTTP to the services, where a refused connection (a service killed or starting) is an answer like any other. */
final class NetralApi {
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * The answer, or empty when the service could not be reached or did not answer in time. A request that fails on
     * a kept-alive connection is sent once more on a new one: a service that refused a body over its limit answers
     * early and closes the connection, which the client may learn only when it uses the connection next.
     */
    Optional<HttpResponse<String>> send(HttpRequest request) {
        for (int attempt = 1; ; attempt++) {
            try {
                return Optional.of(client.send(request, HttpResponse.BodyHandlers.ofString()));
            } catch (IOException e) {
                if (attempt == 2) {
                    return Optional.empty();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    static HttpRequest.Builder request(String baseUrl, String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(REQUEST_TIMEOUT);
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + body, e);
        }
    }
}

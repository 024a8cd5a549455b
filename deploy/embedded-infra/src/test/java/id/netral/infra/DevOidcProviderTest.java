package id.netral.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class DevOidcProviderTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VERIFIER = "a-code-verifier-of-at-least-forty-three-characters-long";
    private static DevOidcProvider provider;

    @BeforeAll
    static void start() {
        provider = DevOidcProvider.start(DevIdentityProvider.generate(), 0);
    }

    @AfterAll
    static void stop() {
        provider.close();
    }

    @Test
    void discoveryNamesTheIssuerTheServicesAcceptAndTheEndpoints() throws Exception {
        JsonNode discovery = JSON.readTree(get("/.well-known/openid-configuration").body());
        assertThat(discovery.path("issuer").asText()).isEqualTo(DevIdentityProvider.ISSUER);
        assertThat(discovery.path("token_endpoint").asText()).isEqualTo(provider.url() + "/token");
        assertThat(discovery.path("code_challenge_methods_supported").toString()).contains("S256");
        assertThat(JSON.readTree(get("/jwks").body()).path("keys").get(0).path("kty").asText()).isEqualTo("RSA");
    }

    @Test
    void anAuthorizationRequestWithoutPkceIsRefused() throws Exception {
        HttpResponse<String> page = get("/authorize?response_type=code&client_id=netral-console"
                + "&redirect_uri=http%3A%2F%2Flocalhost%2Fmasuk&state=s");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("PKCE");
    }

    @Test
    void theCodeGivesTokensOnlyWithTheRightVerifierAndOnlyOnce() throws Exception {
        String code = signIn("kepala-disperkim");
        assertThat(token(code, "a-wrong-verifier-that-is-long-enough-to-look-real-1234").statusCode())
                .isEqualTo(400);

        code = signIn("kepala-disperkim");
        HttpResponse<String> tokens = token(code, VERIFIER);
        assertThat(tokens.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(tokens.body());
        JsonNode access = claims(body.path("access_token").asText());
        assertThat(access.path("iss").asText()).isEqualTo(DevIdentityProvider.ISSUER);
        assertThat(access.path("groups").toString()).contains("opd-head");
        assertThat(access.path("opd").asText()).isEqualTo("DISPERKIM");
        assertThat(claims(body.path("id_token").asText()).path("nonce").asText()).isEqualTo("n-1");
        assertThat(token(code, VERIFIER).statusCode()).as("a code is used once").isEqualTo(400);
    }

    private static String signIn(String person) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("person", person);
        form.put("client_id", "netral-console");
        form.put("redirect_uri", "http://localhost/masuk");
        form.put("state", "s-1");
        form.put("nonce", "n-1");
        form.put("code_challenge", DevOidcProvider.challengeOf(VERIFIER));
        HttpResponse<String> answer = post("/authorize", form);
        assertThat(answer.statusCode()).isEqualTo(302);
        String location = answer.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("http://localhost/masuk?code=").endsWith("&state=s-1");
        return location.substring(location.indexOf("code=") + 5, location.indexOf("&state"));
    }

    private static HttpResponse<String> token(String code, String verifier) throws Exception {
        return post("/token", Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", "http://localhost/masuk", "code_verifier", verifier, "client_id", "netral-console"));
    }

    private static JsonNode claims(String jwt) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(provider.url() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return HTTP.send(HttpRequest.newBuilder(URI.create(provider.url() + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

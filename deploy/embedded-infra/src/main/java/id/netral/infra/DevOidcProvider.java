package id.netral.infra;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * A development OpenID Connect provider in front of {@link DevIdentityProvider}: discovery document, JWKS, an
 * authorization endpoint whose login page lists one sample person per role, and a token endpoint that insists on
 * PKCE (S256). The console signs people in with it in tests and in the local run as it would with the province's
 * Keycloak; the tokens carry the issuer, {@code groups} and {@code opd} claims of every other token here, so the
 * three services accept them unchanged. Never for production: anyone can be anyone.
 */
public final class DevOidcProvider implements AutoCloseable {
    /** A person the login page offers, with the role their tokens carry. */
    public record SamplePerson(String subject, String name, String description, String role, String opdCode) {
    }

    /**
     * One person per role, a second OPD head so that "someone of another OPD" can be tried, and a second verifier so
     * that "a verifier who did not take the case" can.
     */
    public static final List<SamplePerson> PEOPLE = List.of(
            new SamplePerson("maria.ndoen", "Maria Ndoen", "Verifikator Bawaslu Kota Kupang", "verifier", null),
            new SamplePerson("yosef.lake", "Yosef Lake", "Verifikator Bawaslu Kota Kupang (kedua)", "verifier", null),
            new SamplePerson("yohanes.bana", "Yohanes Bana", "Petugas BKPPD Kota Kupang", "personnel-officer", null),
            new SamplePerson("walikota", "Wali Kota Kupang", "Pejabat Pembina Kepegawaian (PPK)", "ppk", null),
            new SamplePerson("kepala-disperkim", "Kepala Dinas Perumahan dan Kawasan Permukiman",
                    "Kepala OPD (Dinas Perumahan dan Kawasan Permukiman)", "opd-head", "DISPERKIM"),
            new SamplePerson("kepala-dinsos", "Kepala Dinas Sosial", "Kepala OPD (Dinas Sosial)", "opd-head",
                    "DINSOS"),
            new SamplePerson("admin.netral", "Admin Netral", "Admin (Diskominfo Kota Kupang)", "admin", null),
            new SamplePerson("auditor.inspektorat", "Auditor Inspektorat", "Auditor Inspektorat Daerah", "auditor",
                    null));

    private static final Duration CODE_LIFETIME = Duration.ofMinutes(2);
    private static final Duration TOKEN_LIFETIME = Duration.ofHours(1);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Grant(SamplePerson person, String clientId, String redirectUri, String nonce, String challenge,
                         Instant expiresAt) {
    }

    private final DevIdentityProvider keys;
    private final HttpServer server;
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();

    private DevOidcProvider(DevIdentityProvider keys, HttpServer server) {
        this.keys = keys;
        this.server = server;
    }

    /** Starts on the port (0: a free one) of the loopback interface. */
    public static DevOidcProvider start(DevIdentityProvider keys, int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            DevOidcProvider provider = new DevOidcProvider(keys, server);
            server.createContext("/", provider::handle);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.start();
            return provider;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the development OIDC provider", e);
        }
    }

    /** What a client puts in {@code quarkus.oidc.auth-server-url}. */
    public String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            switch (path) {
                case "/.well-known/openid-configuration" -> json(exchange, 200, discovery());
                case "/jwks" -> json(exchange, 200, Map.of("keys", List.of(keys.jwk())));
                case "/authorize" -> {
                    if ("POST".equals(method)) {
                        signIn(exchange, form(exchange));
                    } else {
                        loginPage(exchange, query(exchange));
                    }
                }
                case "/token" -> token(exchange, form(exchange));
                case "/logout" -> logout(exchange, query(exchange));
                default -> text(exchange, 404, "text/plain", "not found");
            }
        } catch (RuntimeException e) {
            text(exchange, 500, "text/plain", "development OIDC provider: " + e);
        }
    }

    private Map<String, Object> discovery() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", DevIdentityProvider.ISSUER);
        document.put("authorization_endpoint", url() + "/authorize");
        document.put("token_endpoint", url() + "/token");
        document.put("jwks_uri", url() + "/jwks");
        document.put("end_session_endpoint", url() + "/logout");
        document.put("response_types_supported", List.of("code"));
        document.put("grant_types_supported", List.of("authorization_code"));
        document.put("subject_types_supported", List.of("public"));
        document.put("id_token_signing_alg_values_supported", List.of("RS256"));
        document.put("code_challenge_methods_supported", List.of("S256"));
        document.put("scopes_supported", List.of("openid", "profile"));
        document.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
        return document;
    }

    /** The login page: one button per sample person, carrying the client's request along. */
    private void loginPage(HttpExchange exchange, Map<String, String> request) throws IOException {
        Optional<String> refusal = refusal(request);
        if (refusal.isPresent()) {
            text(exchange, 400, "text/plain; charset=utf-8", refusal.get());
            return;
        }
        StringBuilder page = new StringBuilder("""
                <!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Masuk ke Netral (penyedia identitas pengembangan)</title>
                <style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
                button{display:block;width:100%;text-align:left;margin:.5rem 0;padding:.8rem;border:1px solid #555;
                border-radius:.4rem;background:#fff;font-size:1rem;cursor:pointer}button:focus,button:hover{outline:3px solid #1d4ed8}
                small{display:block;color:#444}</style></head><body>
                <h1>Masuk ke Netral</h1>
                <p>Penyedia identitas pengembangan: pilih orang yang ingin Anda perankan. Hanya untuk uji coba,
                tidak pernah di produksi.</p>
                """);
        for (SamplePerson person : PEOPLE) {
            page.append("<form method=\"post\" action=\"/authorize\">");
            for (String field : List.of("client_id", "redirect_uri", "state", "nonce", "code_challenge")) {
                page.append("<input type=\"hidden\" name=\"").append(field).append("\" value=\"")
                        .append(escape(request.getOrDefault(field, ""))).append("\">");
            }
            page.append("<button type=\"submit\" name=\"person\" value=\"").append(escape(person.subject()))
                    .append("\">").append(escape(person.name())).append("<small>")
                    .append(escape(person.description())).append("</small></button></form>");
        }
        page.append("</body></html>");
        text(exchange, 200, "text/html; charset=utf-8", page.toString());
    }

    private static Optional<String> refusal(Map<String, String> request) {
        if (!"code".equals(request.get("response_type")) && request.containsKey("response_type")) {
            return Optional.of("only response_type=code is supported");
        }
        if (request.getOrDefault("code_challenge", "").isBlank()
                || !"S256".equals(request.get("code_challenge_method"))) {
            return Optional.of("PKCE is required: send code_challenge with code_challenge_method=S256");
        }
        String redirect = request.getOrDefault("redirect_uri", "");
        if (!(redirect.startsWith("http://") || redirect.startsWith("https://"))) {
            return Optional.of("redirect_uri must be an http(s) address");
        }
        return Optional.empty();
    }

    private void signIn(HttpExchange exchange, Map<String, String> form) throws IOException {
        SamplePerson person = PEOPLE.stream().filter(p -> p.subject().equals(form.get("person"))).findFirst()
                .orElse(null);
        String redirect = form.getOrDefault("redirect_uri", "");
        if (person == null || form.getOrDefault("code_challenge", "").isBlank()
                || !(redirect.startsWith("http://") || redirect.startsWith("https://"))) {
            text(exchange, 400, "text/plain; charset=utf-8", "unknown person, or no PKCE challenge or redirect_uri");
            return;
        }
        String code = randomToken();
        grants.put(code, new Grant(person, form.get("client_id"), redirect, form.get("nonce"),
                form.get("code_challenge"), Instant.now().plus(CODE_LIFETIME)));
        StringBuilder location = new StringBuilder(redirect).append(redirect.contains("?") ? '&' : '?')
                .append("code=").append(encode(code));
        if (form.get("state") != null && !form.get("state").isEmpty()) {
            location.append("&state=").append(encode(form.get("state")));
        }
        redirect(exchange, location.toString());
    }

    private void token(HttpExchange exchange, Map<String, String> form) throws IOException {
        if (!"authorization_code".equals(form.get("grant_type"))) {
            json(exchange, 400, Map.of("error", "unsupported_grant_type"));
            return;
        }
        Grant grant = grants.remove(form.getOrDefault("code", ""));
        if (grant == null || grant.expiresAt().isBefore(Instant.now())) {
            json(exchange, 400, Map.of("error", "invalid_grant", "error_description", "unknown or used code"));
            return;
        }
        if (!grant.redirectUri().equals(form.get("redirect_uri"))) {
            json(exchange, 400, Map.of("error", "invalid_grant", "error_description", "redirect_uri differs"));
            return;
        }
        String verifier = form.get("code_verifier");
        if (verifier == null || !challengeOf(verifier).equals(grant.challenge())) {
            json(exchange, 400, Map.of("error", "invalid_grant", "error_description", "PKCE verification failed"));
            return;
        }
        SamplePerson person = grant.person();
        Map<String, Object> common = new LinkedHashMap<>();
        common.put("sub", person.subject());
        common.put("groups", List.of(person.role()));
        common.put("name", person.name());
        common.put("preferred_username", person.subject());
        if (person.opdCode() != null) {
            common.put("opd", person.opdCode());
        }
        Map<String, Object> access = new LinkedHashMap<>(common);
        access.put("azp", grant.clientId());
        Map<String, Object> id = new LinkedHashMap<>(common);
        id.put("aud", grant.clientId());
        id.put("azp", grant.clientId());
        if (grant.nonce() != null && !grant.nonce().isEmpty()) {
            id.put("nonce", grant.nonce());
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("access_token", keys.signFor(access, TOKEN_LIFETIME));
        answer.put("id_token", keys.signFor(id, TOKEN_LIFETIME));
        answer.put("token_type", "Bearer");
        answer.put("expires_in", TOKEN_LIFETIME.toSeconds());
        json(exchange, 200, answer);
    }

    private void logout(HttpExchange exchange, Map<String, String> request) throws IOException {
        String back = request.get("post_logout_redirect_uri");
        if (back == null || !(back.startsWith("http://") || back.startsWith("https://"))) {
            text(exchange, 200, "text/html; charset=utf-8",
                    "<!DOCTYPE html><html lang=\"id\"><title>Keluar</title><p>Anda sudah keluar.</p></html>");
            return;
        }
        String state = request.get("state");
        redirect(exchange, state == null ? back : back + (back.contains("?") ? "&" : "?") + "state=" + encode(state));
    }

    static String challengeOf(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Map<String, String> query(HttpExchange exchange) {
        return parse(exchange.getRequestURI().getRawQuery());
    }

    private static Map<String, String> form(HttpExchange exchange) throws IOException {
        return parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static Map<String, String> parse(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            values.putIfAbsent(name, value);
        }
        return values;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        URI.create(location);
        exchange.getResponseHeaders().set("Location", location);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(302, -1);
    }

    private static void json(HttpExchange exchange, int status, Object body) throws IOException {
        try {
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            text(exchange, status, "application/json", JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void text(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}

package id.netral.notification.webhook;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import io.vertx.core.Vertx;
import io.vertx.core.net.PemTrustOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIMatcher;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.StandardConstants;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sender against a real HTTP(S) endpoint on 127.0.0.1, reached through URLs whose host name resolves nowhere: a
 * notice that arrives can only have gone to the address the policy approved, since the sender had no way to look the
 * name up again.
 */
class WebhookSenderTest {
    private static final String SECRET = "rahasia-bersama-dishub-kota-kupang-2024";
    /** In the reserved .example domain: no DNS server answers it with an address. */
    private static final String NOWHERE = "hooks.kupangkota.example";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-11-28T01:30:00Z"), ZoneOffset.UTC);

    private static Vertx vertx;
    private static WebhookSender sender;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        sender = new WebhookSender(vertx, CLOCK);
    }

    @AfterAll
    static void stop() throws Exception {
        sender.close();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void theNoticeGoesToTheAddressThePolicyCheckedUnderTheUrlsHostNameAndSigned() throws Exception {
        assertThatThrownBy(() -> InetAddress.getAllByName(NOWHERE)).isInstanceOf(UnknownHostException.class);
        try (Receiver receiver = new Receiver(200, null)) {
            String url = "http://" + NOWHERE + ":" + receiver.port() + "/netral/dishub?v=1";
            // the policy's lookup is the only one there is: it answers loopback, allow-listed as in dev and test
            WebhookCheck check = WebhookPolicy.check(url, false, Set.of("127.0.0.1"),
                    host -> WebhookPolicyTest.addresses(host, "127.0.0.1"));
            assertThat(check).isInstanceOf(WebhookCheck.Approved.class);
            OutgoingWebhook webhook = webhook(url);

            sender.send(webhook, ((WebhookCheck.Approved) check).target());

            long timestamp = CLOCK.instant().getEpochSecond();
            assertThat(receiver.requests).singleElement().satisfies(request -> {
                assertThat(request.method()).isEqualTo("POST");
                assertThat(request.host()).isEqualTo(NOWHERE + ":" + receiver.port());
                assertThat(request.target()).isEqualTo("/netral/dishub?v=1");
                assertThat(request.contentType()).isEqualTo("application/json");
                assertThat(request.idempotencyKey()).isEqualTo(webhook.deliveryId().toString());
                assertThat(request.timestamp()).isEqualTo(Long.toString(timestamp));
                assertThat(request.body()).isEqualTo(webhook.body());
                assertThat(request.signature()).isEqualTo(hmacSha256(SECRET, request.timestamp() + "." + request.body()));
            });
        }
    }

    @Test
    void anApprovedAddressThatRefusesTheConnectionGivesWayToTheNextOne() throws Exception {
        try (Receiver receiver = new Receiver(200, null)) {
            // the receiver listens on 127.0.0.1 only, so 127.0.0.2 refuses the connection
            String url = "http://" + NOWHERE + ":" + receiver.port() + "/netral";
            sender.send(webhook(url), pinned(url, "127.0.0.2", "127.0.0.1"));
            assertThat(receiver.requests).hasSize(1);
        }
    }

    @Test
    void aRefusedConnectionIsAFailure() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, loopback())) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://" + NOWHERE + ":" + closedPort + "/netral";
        assertThatThrownBy(() -> sender.send(webhook(url), pinned(url, "127.0.0.1")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("could not connect to " + NOWHERE + " at 127.0.0.1: ")
                .hasMessageContaining("refused");
    }

    @Test
    void anAnswerOtherThan2xxIsAFailureAndARedirectIsNotFollowed() throws Exception {
        for (int status : List.of(503, 400, 302)) {
            try (Receiver receiver = new Receiver(status, null)) {
                String url = "http://" + NOWHERE + ":" + receiver.port() + "/netral";
                assertThatThrownBy(() -> sender.send(webhook(url), pinned(url, "127.0.0.1")))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessage("the endpoint answered HTTP " + status);
                assertThat(receiver.requests).hasSize(1);
            }
        }
    }

    @Test
    void overTlsTheServerNameAndTheCertificateAreTheUrlsHostNotThePinnedAddress(@TempDir Path dir)
            throws Exception {
        Path keyStore = dir.resolve("hook.p12");
        Path certificate = dir.resolve("hook.pem");
        keytool("-genkeypair", "-alias", "hook", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=" + NOWHERE, "-ext", "SAN=dns:" + NOWHERE, "-validity", "2",
                "-storetype", "PKCS12", "-keystore", keyStore.toString(), "-storepass", "changeit");
        keytool("-exportcert", "-rfc", "-alias", "hook", "-keystore", keyStore.toString(),
                "-storepass", "changeit", "-file", certificate.toString());
        WebhookSender trusting = new WebhookSender(vertx, CLOCK,
                new PemTrustOptions().addCertPath(certificate.toString()), true);
        try (Receiver receiver = new Receiver(200, serverContext(keyStore, "changeit"))) {
            String url = "https://" + NOWHERE + ":" + receiver.port() + "/netral";
            trusting.send(webhook(url), pinned(url, "127.0.0.1"));
            assertThat(receiver.serverNames).containsExactly(NOWHERE);
            assertThat(receiver.requests).singleElement()
                    .satisfies(request -> assertThat(request.host()).isEqualTo(NOWHERE + ":" + receiver.port()));

            // the same address under a name the certificate does not carry: refused before anything is sent
            String other = "https://other.kupangkota.example:" + receiver.port() + "/netral";
            assertThatThrownBy(() -> trusting.send(webhook(other), pinned(other, "127.0.0.1")))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("could not connect to other.kupangkota.example at 127.0.0.1: ")
                    .hasMessageContaining("SSLHandshakeException");
            assertThat(receiver.requests).hasSize(1);
        } finally {
            trusting.close();
        }
    }

    private static OutgoingWebhook webhook(String url) {
        return new OutgoingWebhook(UUID.randomUUID(), UUID.randomUUID(), 1, url, List.of(SECRET),
                "{\"jenis\":\"PEMBERITAHUAN\",\"opd\":\"DISHUB\",\"pesan\":\"Mohon ditindaklanjuti\"}");
    }

    /** What the policy would approve for {@code url} had DNS answered {@code literals}. */
    private static WebhookTarget pinned(String url, String... literals) throws UnknownHostException {
        URI uri = URI.create(url);
        return new WebhookTarget(uri, uri.getHost(), uri.getPort(),
                List.of(WebhookPolicyTest.addresses(uri.getHost(), literals)));
    }

    private static String hmacSha256(String secret, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "v1=" + HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static InetAddress loopback() throws UnknownHostException {
        return InetAddress.getByAddress(new byte[]{127, 0, 0, 1});
    }

    private static void keytool(String... arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("keytool said: %s", output).isZero();
    }

    private static SSLContext serverContext(Path keyStore, String password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            store.load(in, password.toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, password.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    /** An endpoint on 127.0.0.1 that answers every request with one status and keeps what it got. */
    private static final class Receiver implements AutoCloseable {
        record Request(String method, String host, String target, String contentType, String timestamp,
                       String signature, String idempotencyKey, String body) {
        }

        final List<Request> requests = new CopyOnWriteArrayList<>();
        /** The TLS server names (SNI) the client asked for. */
        final List<String> serverNames = new CopyOnWriteArrayList<>();
        private final HttpServer server;

        Receiver(int status, SSLContext tls) throws IOException {
            InetSocketAddress address = new InetSocketAddress(loopback(), 0);
            if (tls == null) {
                server = HttpServer.create(address, 0);
            } else {
                HttpsServer https = HttpsServer.create(address, 0);
                https.setHttpsConfigurator(new HttpsConfigurator(tls) {
                    @Override
                    public void configure(HttpsParameters parameters) {
                        SSLParameters ssl = getSSLContext().getDefaultSSLParameters();
                        ssl.setSNIMatchers(List.of(new SNIMatcher(StandardConstants.SNI_HOST_NAME) {
                            @Override
                            public boolean matches(SNIServerName name) {
                                serverNames.add(new SNIHostName(name.getEncoded()).getAsciiName());
                                return true;
                            }
                        }));
                        parameters.setSSLParameters(ssl);
                    }
                });
                server = https;
            }
            server.createContext("/", exchange -> {
                var headers = exchange.getRequestHeaders();
                requests.add(new Request(exchange.getRequestMethod(), headers.getFirst("Host"),
                        exchange.getRequestURI().toString(), headers.getFirst("Content-Type"),
                        headers.getFirst(WebhookSignature.LEGACY_TIMESTAMP_HEADER),
                        headers.getFirst(WebhookSignature.LEGACY_SIGNATURE_HEADER),
                        headers.getFirst(WebhookSignature.LEGACY_IDEMPOTENCY_HEADER),
                        new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
                if (status / 100 == 3) {
                    exchange.getResponseHeaders().add("Location", "/netral/elsewhere");
                }
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            server.start();
        }

        int port() {
            return server.getAddress().getPort();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}

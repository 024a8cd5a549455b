package id.netral.notification.webhook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which endpoints production may call: https only, nothing internal unless allow-listed; and an approved endpoint
 * carries the addresses that were checked, for the sender to connect to. No DNS needed: the URLs hold addresses, and
 * host names go to a stand-in resolver.
 */
class WebhookPolicyTest {
    private static final WebhookPolicy.Resolver DNS = InetAddress::getAllByName;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "https://93.184.215.14/hook | ",
            "http://93.184.215.14/hook | the webhook URL must use https",
            "ftp://93.184.215.14/hook | the webhook URL must use https",
            "https://user@93.184.215.14/hook | the webhook URL must name a host and no user",
            "https://10.20.30.40/hook | the webhook host 10.20.30.40 resolves to the internal address 10.20.30.40, which is not allow-listed",
            "https://172.16.0.1/hook | the webhook host 172.16.0.1 resolves to the internal address 172.16.0.1, which is not allow-listed",
            "https://192.168.1.10/hook | the webhook host 192.168.1.10 resolves to the internal address 192.168.1.10, which is not allow-listed",
            "https://127.0.0.1/hook | the webhook host 127.0.0.1 resolves to the internal address 127.0.0.1, which is not allow-listed",
            "https://169.254.169.254/latest | the webhook host 169.254.169.254 resolves to the internal address 169.254.169.254, which is not allow-listed",
            "https://100.64.0.7/hook | the webhook host 100.64.0.7 resolves to the internal address 100.64.0.7, which is not allow-listed",
            "https://0.0.0.0/hook | the webhook host 0.0.0.0 resolves to the internal address 0.0.0.0, which is not allow-listed",
            "https://[::1]/hook | the webhook host [::1] resolves to the internal address 0:0:0:0:0:0:0:1, which is not allow-listed",
            "https://[fd00::5]/hook | the webhook host [fd00::5] resolves to the internal address fd00:0:0:0:0:0:0:5, which is not allow-listed",
            "https://[fe80::1]/hook | the webhook host [fe80::1] resolves to the internal address fe80:0:0:0:0:0:0:1, which is not allow-listed",
            "https://[64:ff9b::a00:1]/hook | the webhook host [64:ff9b::a00:1] resolves to the internal address 64:ff9b:0:0:0:0:a00:1, which is not allow-listed",
            "https://[2002:a00:1::1]/hook | the webhook host [2002:a00:1::1] resolves to the internal address 2002:a00:1:0:0:0:0:1, which is not allow-listed",
            "https://192.0.0.170/hook | the webhook host 192.0.0.170 resolves to the internal address 192.0.0.170, which is not allow-listed",
            "https://198.18.0.1/hook | the webhook host 198.18.0.1 resolves to the internal address 198.18.0.1, which is not allow-listed",
            "https://198.19.255.254/hook | the webhook host 198.19.255.254 resolves to the internal address 198.19.255.254, which is not allow-listed",
            "https://198.20.0.1/hook | ",
            "https://192.0.1.1/hook | ",
            "https://93.184.215.14:443/hook | ",
            "https://93.184.215.14:8443/hook | the webhook URL must use port 443; port 8443 is allowed only for an allow-listed host",
            "https://93.184.215.14:22/hook | the webhook URL must use port 443; port 22 is allowed only for an allow-listed host",
            "https://10.9.8.7:8443/hook-allowed | ",
            "https://10.9.8.7/hook-allowed | "})
    void inProductionOnlyHttpsToPublicOrAllowListedAddresses(String url, String refusal) {
        assertThat(refusal(WebhookPolicy.check(url, true, Set.of("10.9.8.7"), DNS)))
                .isEqualTo(Optional.ofNullable(refusal));
    }

    @ParameterizedTest
    @CsvSource({"http://127.0.0.1:8089/hook", "https://127.0.0.1/hook"})
    void devAndTestMayUsePlainHttpToAnAllowListedLoopback(String url) {
        assertThat(refusal(WebhookPolicy.check(url, false, Set.of("127.0.0.1"), DNS))).isEmpty();
    }

    @Test
    void anApprovedEndpointCarriesEveryAddressThatWasCheckedAndIsResolvedOnlyOnce() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        WebhookPolicy.Resolver dns = host -> {
            lookups.incrementAndGet();
            return addresses(host, "93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c");
        };

        WebhookTarget target = approved(WebhookPolicy.check(
                "https://hooks.kupangkota.example/netral/dishub?v=1#ignored", true, Set.of(), dns));

        assertThat(lookups).hasValue(1);
        assertThat(target.uri()).isEqualTo(URI.create("https://hooks.kupangkota.example/netral/dishub?v=1#ignored"));
        assertThat(target.host()).isEqualTo("hooks.kupangkota.example");
        assertThat(target.port()).isEqualTo(443);
        assertThat(target.https()).isTrue();
        assertThat(target.pathAndQuery()).isEqualTo("/netral/dishub?v=1");
        assertThat(target.addresses()).extracting(InetAddress::getHostAddress)
                .containsExactly("93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "http://hooks.kupangkota.example:8089 | 8089 | /",
            "http://hooks.kupangkota.example | 80 | /",
            "https://hooks.kupangkota.example:8443/a%20b?x=%2F | 8443 | /a%20b?x=%2F"})
    void thePortIsTheUrlsOrTheSchemesDefault(String url, int port, String pathAndQuery) throws Exception {
        // another port than 443 only for an allow-listed host
        WebhookTarget target = approved(WebhookPolicy.check(url, false, Set.of("hooks.kupangkota.example"),
                host -> addresses(host, "93.184.215.14")));
        assertThat(target.port()).isEqualTo(port);
        assertThat(target.pathAndQuery()).isEqualTo(pathAndQuery);
    }

    @Test
    void aNameWithOneInternalAddressAmongPublicOnesIsRefused() {
        // a rebinding server may mix its answers: every address must pass, not just the first
        WebhookCheck check = WebhookPolicy.check("https://hooks.kupangkota.example/netral", true, Set.of(),
                host -> addresses(host, "93.184.215.14", "10.0.0.5"));
        assertThat(refusal(check)).contains("the webhook host hooks.kupangkota.example resolves to the internal "
                + "address 10.0.0.5, which is not allow-listed");
    }

    @Test
    void anAllowListedNameIsStillResolvedAndThenAnyOfItsAddressesIsAccepted() throws Exception {
        WebhookTarget target = approved(WebhookPolicy.check("https://sipd.kupangkota.go.id/hook", true,
                Set.of("sipd.kupangkota.go.id"), host -> addresses(host, "10.1.2.3", "192.168.7.8")));
        assertThat(target.addresses()).extracting(InetAddress::getHostAddress)
                .containsExactly("10.1.2.3", "192.168.7.8");
    }

    @Test
    void aNameWithoutAddressesIsRefusedAllowListedOrNot() {
        WebhookPolicy.Resolver nowhere = host -> {
            throw new UnknownHostException(host);
        };
        for (Set<String> allowed : List.of(Set.<String>of(), Set.of("hooks.kupangkota.example"))) {
            assertThat(refusal(WebhookPolicy.check("https://hooks.kupangkota.example/x", true, allowed, nowhere)))
                    .contains("the webhook host hooks.kupangkota.example does not resolve");
        }
    }

    @Test
    void theRefusalOfTheAdminCheckIsTheReasonOfTheCheck() {
        WebhookPolicy policy = new WebhookPolicy();
        policy.config = new WebhookConfig() {
            @Override
            public boolean requireHttps() {
                return true;
            }

            @Override
            public Optional<Set<String>> allowedInternalHosts() {
                return Optional.of(Set.of("10.9.8.7"));
            }

            @Override
            public java.time.Duration rotationOverlap() {
                return java.time.Duration.ofDays(3);
            }

            @Override
            public boolean legacyHeaders() {
                return true;
            }
        };
        assertThat(policy.refusal("https://10.9.8.7/hook")).isEmpty();
        assertThat(policy.refusal("https://10.9.8.8/hook")).contains("the webhook host 10.9.8.8 resolves to the "
                + "internal address 10.9.8.8, which is not allow-listed");
        assertThat(policy.check("http://93.184.215.14/hook"))
                .isEqualTo(new WebhookCheck.Refused("the webhook URL must use https"));
    }

    private static Optional<String> refusal(WebhookCheck check) {
        return check instanceof WebhookCheck.Refused refused ? Optional.of(refused.reason()) : Optional.empty();
    }

    private static WebhookTarget approved(WebhookCheck check) {
        assertThat(check).isInstanceOf(WebhookCheck.Approved.class);
        return ((WebhookCheck.Approved) check).target();
    }

    /** The answer a DNS server would give for {@code host}; the literals are parsed, never looked up. */
    static InetAddress[] addresses(String host, String... literals) throws UnknownHostException {
        InetAddress[] addresses = new InetAddress[literals.length];
        for (int i = 0; i < literals.length; i++) {
            addresses[i] = InetAddress.getByAddress(host, InetAddress.getByName(literals[i]).getAddress());
        }
        return addresses;
    }
}

package id.netral.notification.webhook;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Which endpoints production may call: https only, nothing internal unless allow-listed. No DNS needed. */
class WebhookPolicyTest {

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
            "https://10.9.8.7/hook-allowed | "})
    void inProductionOnlyHttpsToPublicOrAllowListedAddresses(String url, String refusal) {
        assertThat(WebhookPolicy.refusal(url, true, Set.of("10.9.8.7"))).isEqualTo(Optional.ofNullable(refusal));
    }

    @ParameterizedTest
    @CsvSource({"http://127.0.0.1:8089/hook", "https://127.0.0.1/hook"})
    void devAndTestMayUsePlainHttpToAnAllowListedLoopback(String url) {
        assertThat(WebhookPolicy.refusal(url, false, Set.of("127.0.0.1"))).isEmpty();
    }
}

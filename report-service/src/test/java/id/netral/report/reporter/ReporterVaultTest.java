package id.netral.report.reporter;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Outside Quarkus the launch mode is NORMAL: what a production start sees. */
class ReporterVaultTest {
    private static final String PUBLISHED = "bmV0cmFsLWRldmVsb3BtZW50LWtleS0zMi1ieXRlcyE=";

    @ParameterizedTest
    @ValueSource(strings = {PUBLISHED,
            "bmV0cmFsLWRldmVsb3BtZW50LWtleS0zMi1ieXRlcyE",   // without padding
            "bmV0cmFsLWRldmVsb3BtZW50LWtleS0zMi1ieXRlcyF="}) // other unused bits in the last symbol
    void everyTextOfThePublishedKeyIsRefusedInProduction(String text) {
        assertThat(Base64.getDecoder().decode(text)).isEqualTo(Base64.getDecoder().decode(PUBLISHED));

        assertThatThrownBy(() -> new ReporterVault(List.of("prod:" + text), "prod"))
                .hasMessageContaining("development key published");
    }

    @ParameterizedTest
    @ValueSource(strings = {"MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="})
    void anotherKeyIsTaken(String text) {
        assertThat(new ReporterVault(List.of("prod:" + text), "prod").activeKeyId()).isEqualTo("prod");
    }
}

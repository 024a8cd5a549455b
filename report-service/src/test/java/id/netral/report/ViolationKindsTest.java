package id.netral.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ViolationKindsTest {
    @ParameterizedTest
    @ValueSource(strings = {"E1", "E2", "E3", "E4", "E5", "E6", "E7", "D1", "D2", "D3", "D4", "D5", "D6", "D7", "D8",
            "D9", "D10", "D11", "D12", "D13"})
    void everyKindOfTheMatrixIsDescribedInWords(String code) {
        assertThat(ViolationKinds.describe(code)).startsWith(code + " – ").hasSizeGreaterThan(code.length() + 20);
    }

    @Test
    void aRowOfTheMatrixIsNamedByItsAct() {
        assertThat(ViolationKinds.describe("D5")).isEqualTo("D5 – Menjadi anggota dan/atau pengurus partai politik");
        assertThat(ViolationKinds.describe("D1")).doesNotContain("D13");
        assertThat(ViolationKinds.describe(null)).isNull();
    }
}

package id.netral.report.intake;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TrackingCodesTest {
    @Test
    void aCodeCarriesAtLeastTheSixtyRandomBitsReadmePromises() {
        double bits = TrackingCodes.SYMBOLS * Math.log(TrackingCodes.ALPHABET.length) / Math.log(2);
        assertThat(bits).isGreaterThanOrEqualTo(60);
    }

    @Test
    void aCodeIsThreeGroupsOfFiveSymbolsWithoutLookAlikes() {
        assertThat(new String(TrackingCodes.ALPHABET)).doesNotContain("0", "O", "1", "I", "L", "U");
        assertThat(new String(TrackingCodes.ALPHABET).chars().distinct().count())
                .isEqualTo(TrackingCodes.ALPHABET.length);
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            codes.add(TrackingCodes.next());
        }
        assertThat(codes).hasSize(1000).allMatch(code -> code.matches("[2-9A-HJKMNP-TV-Z]{5}(-[2-9A-HJKMNP-TV-Z]{5}){2}"));
    }
}

package id.netral.notification.message;

import id.netral.events.EmploymentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A letter's legal basis cites an article once: the catalogue's short forms add only what the long forms lack. */
class LegalBasisTest {

    @Test
    void theCataloguesShortFormOfAnArticleAlreadyCitedIsLeftOut() {
        LegalBasis.Statement pns = LegalBasis.of(EmploymentType.PNS, "DISCIPLINE", "BKN", Optional.empty());

        assertThat(pns.addedBy(List.of("SKB 2022 baris D2", "PP 94/2021 Pasal 5 huruf n", "PP 94/2021 Pasal 14",
                "PP 94/2021 Pasal 8 ayat (4)", "PP 94/2021 Pasal 5 huruf n angka 4", "PP 94/2021 Pasal 1",
                "PP 42/2004 Pasal 15", "PP 94/2021")))
                // ayat (4), angka 4 and Pasal 1 say more than the long forms; PP 42/2004 is not cited on this track
                .containsExactly("SKB 2022 baris D2", "PP 94/2021 Pasal 8 ayat (4)", "PP 94/2021 Pasal 5 huruf n angka 4",
                        "PP 94/2021 Pasal 1", "PP 42/2004 Pasal 15");
    }

    @Test
    void theEthicsTrackCitesPp42Once() {
        LegalBasis.Statement ethics = LegalBasis.of(EmploymentType.PNS, "ETHICS", "BKN", Optional.empty());

        assertThat(ethics.addedBy(List.of("SKB 2022 baris E2", "PP 42/2004 Pasal 15", "PP 42/2004 Pasal 150")))
                .containsExactly("SKB 2022 baris E2", "PP 42/2004 Pasal 150");
    }
}

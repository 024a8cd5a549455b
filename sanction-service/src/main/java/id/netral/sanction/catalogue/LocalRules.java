package id.netral.sanction.catalogue;

import java.util.List;

/**
 * The parts of the rules that Pemkot Kupang sets itself and that no source confirmed, so they are configuration:
 * sanction codes of the catalogue, lightest first.
 *
 * @param pppkMediumSanctions medium discipline for PPPK (PP 49/2018 Pasal 52 leaves it to the PPK or the contract)
 * @param nonAsnMeasures      measures for PTT/honorer staff under the city's regulation (Perwali, number unconfirmed)
 */
public record LocalRules(List<String> pppkMediumSanctions, List<String> nonAsnMeasures) {
    public LocalRules {
        pppkMediumSanctions = List.copyOf(pppkMediumSanctions);
        nonAsnMeasures = List.copyOf(nonAsnMeasures);
    }
}

package id.netral.sanction.catalogue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parts of the rules that Pemkot Kupang sets itself or that no source confirmed, so they are configuration:
 * sanction codes of the catalogue, lightest first.
 *
 * @param pppkMediumSanctions  medium discipline for PPPK (PP 49/2018 Pasal 52 leaves it to the PPK or the contract)
 * @param nonAsnMeasures       measures for PTT/honorer staff under the city's regulation (Perwali, number
 *                             unconfirmed) for every row not in {@code nonAsnMeasuresByKind}
 * @param nonAsnMeasuresByKind the same, for one SKB row
 * @param counterparts         counterparts a row has that the sources do not state (E6 after candidates are fixed)
 */
public record LocalRules(List<String> pppkMediumSanctions, List<String> nonAsnMeasures,
                         Map<String, List<String>> nonAsnMeasuresByKind, Map<String, String> counterparts) {
    public LocalRules {
        pppkMediumSanctions = List.copyOf(pppkMediumSanctions);
        nonAsnMeasures = List.copyOf(nonAsnMeasures);
        nonAsnMeasuresByKind = Map.copyOf(new TreeMap<>(nonAsnMeasuresByKind));
        counterparts = Map.copyOf(counterparts);
    }
}

package id.netral.report.intake;

import java.text.Normalizer;

/**
 * One spelling per name as typed: Unicode NFC (a composed é and an e with a combining accent are the same letter)
 * and single spaces, none around it; so that the same person typed twice is found as the same person.
 */
final class PersonNames {
    private PersonNames() {
    }

    static String normalised(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }
}

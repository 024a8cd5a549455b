package id.netral.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a case names a form of violation of the SKB 2022 catalogue: E1-E7 (ethics) or D1-D13 (discipline). A partner
 * app suspects one at intake and a verifier confirms one; both are checked against the same pattern.
 */
public final class ViolationKinds {
    public static final String PATTERN = "E[1-7]|D([1-9]|1[0-3])";
    public static final String INVALID = "must be an SKB 2022 kind, E1-E7 or D1-D13";

    private static final String DATA = "kinds/skb-2022.csv";
    private static final Map<String, String> ACTS = load();

    private ViolationKinds() {
    }

    /**
     * The kind as people read it: the matrix row (which verifiers and BKPPD cite) and the act in its words, e.g.
     * "D5 – Menjadi anggota dan/atau pengurus partai politik"; null for none.
     */
    public static String describe(String code) {
        if (code == null) {
            return null;
        }
        String act = ACTS.get(code);
        return act == null ? code : code + " – " + act;
    }

    private static Map<String, String> load() {
        Map<String, String> acts = new TreeMap<>();
        try (InputStream in = ViolationKinds.class.getClassLoader().getResourceAsStream(DATA);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> line.matches("(" + PATTERN + ");.+")).map(line -> line.split(";", 2))
                    .forEach(f -> acts.put(f[0], f[1]));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DATA, e);
        }
        return acts;
    }
}

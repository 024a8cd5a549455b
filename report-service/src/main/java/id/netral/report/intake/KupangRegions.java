package id.netral.report.intake;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The 51 kelurahan of Kota Kupang in their 6 kecamatan, by Kemendagri code, read from data. */
@ApplicationScoped
public class KupangRegions {
    private static final String DATA = "regions/kota-kupang.csv";

    public record Kelurahan(String code, String kecamatan, String name) {
        public String kecamatanCode() {
            return code.substring(0, 8);
        }
    }

    private final Map<String, Kelurahan> byCode = load();

    public Optional<Kelurahan> kelurahan(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The name of a kecamatan by its code (53.71.NN), e.g. "Alak" for 53.71.01. */
    public Optional<String> kecamatan(String code) {
        return byCode.values().stream().filter(k -> k.kecamatanCode().equals(code)).map(Kelurahan::kecamatan)
                .findFirst();
    }

    private static Map<String, Kelurahan> load() {
        Map<String, Kelurahan> regions = new TreeMap<>();
        try (InputStream in = KupangRegions.class.getClassLoader().getResourceAsStream(DATA);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> line.startsWith("53.")).map(line -> line.split(","))
                    .forEach(f -> regions.put(f[0], new Kelurahan(f[0], f[1], f[2])));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DATA, e);
        }
        return regions;
    }
}

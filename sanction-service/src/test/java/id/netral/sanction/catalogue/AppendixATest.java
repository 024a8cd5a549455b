package id.netral.sanction.catalogue;

import id.netral.events.EmploymentType;
import id.netral.sanction.catalogue.Catalogue.Sanction;
import id.netral.sanction.catalogue.Catalogue.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue against the research notes' own encoding of the rules (Appendix A, copied into the test resources with
 * its source): every row's track, level, candidacy side and sanctions, the sanctions' tracks and bases, and the body
 * by date. The expectations are the notes' words, not the catalogue's.
 */
class AppendixATest {
    private static final Map<String, Map<String, String>> APPENDIX = appendix();

    @ParameterizedTest
    @ValueSource(strings = {"catalogue/skb2022-pp94-v1.json", "catalogue/skb2022-uu20-v2.json"})
    void everyRowHasTheTrackLevelAndSideTheNotesGiveIt(String file) {
        Catalogue catalogue = CatalogueFile.load(file, SanctionRulesTest.SOURCED_LOCAL_RULES);
        Catalogue.EmploymentRules pns = catalogue.rulesFor(EmploymentType.PNS);
        List<String> kinds = APPENDIX.keySet().stream().filter(k -> k.matches("[ED]\\d+")).toList();
        assertThat(kinds).hasSize(20).containsExactlyInAnyOrderElementsOf(CatalogueFile.VIOLATION_KINDS);

        for (String kind : kinds) {
            Map<String, String> row = APPENDIX.get(kind);
            Violation violation = catalogue.violation(kind).orElseThrow();
            String level = row.get("level");
            if ("Satgas".equals(row.get("decided_by"))) {
                assertThat(violation.track()).as(kind).isEqualTo(Track.MANUAL_REVIEW);
                assertThat(violation.decidedBy()).as(kind).startsWith("Satgas");
                continue;
            }
            assertThat(violation.track()).as(kind + " track").isEqualTo(Track.valueOf(row.get("track")
                    .toUpperCase(Locale.ROOT)));
            assertThat(violation.level()).as(kind + " level").isEqualTo(level == null ? null
                    : Level.valueOf(level.toUpperCase(Locale.ROOT)));
            if (violation.stage() != null) {
                assertThat(row.get("subject")).as(kind + " subject").isEqualTo(
                        violation.stage() == CandidacyStage.BEFORE_FIXING ? "bakal_calon" : "calon");
            }
            if (row.containsKey("allowed")) {
                assertThat(pns.allowed(violation)).as(kind + " allowed").isEqualTo(list(row.get("allowed")));
            }
            if (row.containsKey("sanction")) {
                assertThat(pns.allowed(violation)).as(kind + " sanction").containsExactly(row.get("sanction"));
            }
            if (violation.track() == Track.DISCIPLINE) {
                // "level -> allowed sanctions: sedang -> [S1,S2,S3]; berat -> [B1,B2,B3]"
                assertThat(pns.allowed(violation)).as(kind + " PNS sanctions of the level").isEqualTo(
                        violation.level() == Level.SEDANG ? List.of("S1", "S2", "S3") : List.of("B1", "B2", "B3"));
            }
        }
        // the notes pair D9 (before participants are fixed) with D10 (after)
        assertThat(APPENDIX.get("D9").get("act")).contains("BEFORE participants fixed");
        assertThat(APPENDIX.get("D10").get("act")).contains("AFTER participants fixed");
        assertThat(catalogue.violation("D9").orElseThrow().counterpart()).isEqualTo("D10");
        assertThat(catalogue.violation("D10").orElseThrow().counterpart()).isEqualTo("D9");
    }

    @ParameterizedTest
    @ValueSource(strings = {"catalogue/skb2022-pp94-v1.json", "catalogue/skb2022-uu20-v2.json"})
    void theSanctionsHaveTheTrackLevelAndBasisTheNotesGiveThem(String file) {
        Catalogue catalogue = CatalogueFile.load(file, SanctionRulesTest.SOURCED_LOCAL_RULES);
        Map<String, String> sameSanction = Map.of("PPPK_TERMINATION_HEAVY", "PPPK_TERMINATION",
                "PPPK_PTDH_PARTY", "PPPK_PTDH");
        List<String> codes = APPENDIX.keySet().stream().filter(k -> !k.matches("[ED]\\d+")).toList();
        assertThat(codes).hasSize(14);

        for (String code : codes) {
            Map<String, String> entry = APPENDIX.get(code);
            Sanction sanction = catalogue.sanction(sameSanction.getOrDefault(code, code)).orElseThrow();
            assertThat(sanction.track()).as(code).isEqualTo(Track.valueOf(entry.get("track").toUpperCase(Locale.ROOT)));
            if (entry.containsKey("level")) {
                assertThat(sanction.level()).as(code).isEqualTo(Level.valueOf(entry.get("level")
                        .toUpperCase(Locale.ROOT)));
            }
            String basis = entry.get("basis");
            if (basis != null) {
                // "PP 49/2018 Pasal 105 (heavy violation)" -> the statute and article; "15(3)a" -> "15 ayat (3) huruf a"
                Matcher article = Pattern.compile("^(PP \\d+/\\d+|UU \\d+/\\d+) Pasal (\\d+)(?:\\((\\d)\\)([a-z]))?")
                        .matcher(basis);
                assertThat(article.find()).as(basis).isTrue();
                String expected = article.group(1) + " Pasal " + article.group(2) + (article.group(3) == null ? ""
                        : " ayat (" + article.group(3) + ") huruf " + article.group(4));
                assertThat(sanction.legalBasis()).as(code + " basis").anyMatch(line -> line.contains(expected)
                        || file.contains("uu20") && code.equals("PTDH") && line.contains("UU 20/2023")
                        && line.contains("belum dikonfirmasi"));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"catalogue/skb2022-pp94-v1.json", "catalogue/skb2022-uu20-v2.json"})
    void kasnUntil23August2024AndBknFrom24AugustAsTheNotesDate(String file) {
        Catalogue catalogue = CatalogueFile.load(file, SanctionRulesTest.SOURCED_LOCAL_RULES);

        assertThat(catalogue.bodyOn(LocalDate.parse("2024-08-23")).body()).isEqualTo(SanctioningBody.KASN);
        assertThat(catalogue.bodyOn(LocalDate.parse("2024-08-24")).body()).isEqualTo(SanctioningBody.BKN);
    }

    /** The rows of the two maps of Appendix A, by code: {@code CODE: {key: value, key: [a, b], ...}}. */
    private static Map<String, Map<String, String>> appendix() {
        String text;
        try (InputStream in = AppendixATest.class.getClassLoader()
                .getResourceAsStream("research-notes-appendix-a.yaml")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Map<String, String>> entries = new LinkedHashMap<>();
        String section = "";
        Pattern entry = Pattern.compile("^  (\\w+):\\s*\\{(.*)}\\s*(#.*)?$");
        Pattern field = Pattern.compile("(\\w+): (\"[^\"]*\"|\\[[^]]*]|[^,]+)");
        for (String line : text.lines().toList()) {
            if (line.matches("^\\w+:.*")) {
                section = line.substring(0, line.indexOf(':'));
                continue;
            }
            Matcher m = entry.matcher(line);
            if (!m.matches() || !List.of("sanction_catalogue", "violation_kinds").contains(section)) {
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher f = field.matcher(m.group(2));
            while (f.find()) {
                String value = f.group(2).strip();
                fields.put(f.group(1), value.startsWith("\"") ? value.substring(1, value.length() - 1) : value);
            }
            if ("null".equals(fields.get("level"))) {
                fields.remove("level");
            }
            entries.put(m.group(1), fields);
        }
        return entries;
    }

    private static List<String> list(String yamlList) {
        return Arrays.stream(yamlList.substring(1, yamlList.length() - 1).split(",")).map(String::strip).toList();
    }
}

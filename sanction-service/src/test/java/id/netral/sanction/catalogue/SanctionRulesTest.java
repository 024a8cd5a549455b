package id.netral.sanction.catalogue;

import id.netral.events.Accused;
import id.netral.events.EmploymentType;
import id.netral.events.ReportVerified;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The law as a table: every SKB 2022 row for every employment status, against the shipped catalogue. The local rules
 * and the calendar are written here from the sources (research notes 2.6, 4.6, seed 003), not read from
 * application.properties, and a separate test checks that the shipped configuration says the same. No Quarkus: the
 * rules are plain data and plain code.
 */
class SanctionRulesTest {
    private static final Properties CONFIG = properties();
    private static final String TERMINATION = "CONTRACT_TERMINATION";
    private static final String WARNING_FIRST = "CONTRACT_WRITTEN_WARNING," + TERMINATION;
    /**
     * PPPK medium discipline: PP 49/2018 Pasal 52 leaves it to the PPK or the contract (notes 2.6). Non-ASN: seed 003,
     * PTT who campaign are dismissed; E7 (softened by SE MenPAN-RB 18/2023) and D3 are not campaigning. E6 after
     * candidates are fixed: D4, the nearest discipline row (the notes name none; unconfirmed).
     */
    static final LocalRules SOURCED_LOCAL_RULES = new LocalRules(List.of("PPPK_CONTRACT_MEDIUM"), List.of(TERMINATION),
            Map.of("E7", List.of(WARNING_FIRST.split(",")), "D3", List.of(WARNING_FIRST.split(","))),
            Map.of("E6", "D4"));
    static final List<String> CATALOGUES = List.of("catalogue/skb2022-pp94-v1.json", "catalogue/skb2022-uu20-v2.json");
    private static final RuleBook RULE_BOOK = RuleBook.load(CATALOGUES, SOURCED_LOCAL_RULES);

    // During the Pilkada 2024 campaign, verified after BKN took over from KASN
    private static final LocalDate CAMPAIGN_DAY = LocalDate.parse("2024-10-01");
    // Before the Pilkada 2024 candidates were fixed (22 Sep 2024): the ethics rows stand as verified
    private static final LocalDate BEFORE_CANDIDATES_FIXED = LocalDate.parse("2024-09-10");
    private static final Instant VERIFIED = Instant.parse("2024-10-05T02:00:00Z");

    @ParameterizedTest
    @CsvFileSource(resources = "/expected-outcomes.csv", useHeadersInDisplayName = true)
    void everySkbRowLeadsToItsTrackLevelAndSanctions(String kind, EmploymentType employmentType, Track track,
                                                     Level level, String allowed, String recommended) {
        // each row on its own side of the candidacy day, so that the row verified is the row applied
        CandidacyStage stage = RULE_BOOK.inForceOn(CAMPAIGN_DAY).orElseThrow().violation(kind).orElseThrow().stage();
        LocalDate day = stage == CandidacyStage.BEFORE_FIXING ? BEFORE_CANDIDATES_FIXED : CAMPAIGN_DAY;
        Outcome outcome = RULES.decide(verified(kind, employmentType, VERIFIED, day), VERIFIED);

        assertThat(outcome.appliedKind()).isEqualTo(kind);
        assertThat(outcome.track()).isEqualTo(track);
        assertThat(outcome.level()).isEqualTo(level);
        assertThat(outcome.allowedSanctions()).isEqualTo(codes(allowed));
        assertThat(outcome.recommendedSanction()).isEqualTo(recommended);
        assertThat(outcome.ruleVersion()).isEqualTo("SKB2022-UU20-v2");
        assertThat(outcome.legalBasis()).as("legal basis").isNotEmpty()
                .anyMatch(line -> line.startsWith("SKB 2022: Keputusan Bersama MenPAN-RB No. 2 Tahun 2022"))
                .anyMatch(line -> line.matches("SKB 2022, .*\\b" + kind + "\\b.*"));
        Catalogue catalogue = RULE_BOOK.inForceOn(CAMPAIGN_DAY).orElseThrow();
        for (String code : outcome.allowedSanctions()) {
            assertThat(outcome.legalBasis()).containsAll(catalogue.sanction(code).orElseThrow().legalBasis());
        }
        if (employmentType != EmploymentType.PNS) {
            assertThat(outcome.legalBasis()).as("PNS discipline law is not cited for " + employmentType)
                    .noneMatch(line -> line.startsWith("PP 94/2021"));
        }
        if (employmentType == EmploymentType.NON_ASN) {
            assertThat(outcome.legalBasis()).as("ASN law is not cited for contract staff")
                    .noneMatch(line -> line.startsWith("PP 42/2004") || line.startsWith("PP 49/2018")
                            || line.startsWith("UU 20/2023"));
            if (track == Track.CONTRACT) {
                assertThat(outcome.legalBasis()).anyMatch(line -> line.startsWith("Peraturan Wali Kota Kupang")
                        && line.contains("belum dikonfirmasi"));
            }
            assertThat(outcome.explanation()).as("BKN has no role for non-ASN staff")
                    .noneMatch(line -> line.contains("ditangani BKN") || line.contains("ditangani KASN"))
                    .anyMatch(line -> line.contains("ditangani PPK (Wali Kota Kupang) menurut Peraturan Wali Kota")
                            && line.contains("perjanjian kerja"));
        } else {
            assertThat(outcome.legalBasis()).as("acts from 31 Oct 2023 cite UU 20/2023, neutrality as a duty")
                    .contains("UU 20/2023 tentang Aparatur Sipil Negara (berlaku 31 Oktober 2023) Pasal 24 ayat (1) "
                            + "huruf d: menjaga netralitas adalah kewajiban setiap pegawai ASN");
        }
        assertThat(outcome.legalBasis()).noneMatch(line -> line.contains("Pasal 66"));
        assertThat(outcome.explanation().get(0)).startsWith("Bentuk pelanggaran " + kind + " (SKB 2022): ");
        if (track == Track.MANUAL_REVIEW) {
            // D13: the Satgas decides, and no PPK deadline runs until it has
            assertThat(outcome.explanation()).anyMatch(line -> line.contains("Satgas Netralitas ASN memutuskan")
                    && line.contains("bukan BKPPD"));
            assertThat(outcome.ppkDueDate()).isNull();
            assertThat(outcome.explanation()).anyMatch(line -> line.startsWith("Belum ada batas waktu bagi PPK")
                    && line.contains("Satgas Netralitas ASN"));
        } else {
            assertThat(outcome.ppkDueDate()).isNotNull();
        }
        if (track == Track.DISCIPLINE && outcome.allowedSanctions().size() > 1) {
            assertThat(outcome.explanation()).anyMatch(line -> line.contains("PPK memilih jenis hukuman")
                    && line.contains("belum dikonfirmasi"));
        }
    }

    @Test
    void theShippedConfigurationSaysWhatTheSourcesSay() {
        assertThat(setting("netral.sanction.catalogues")).isEqualTo(CATALOGUES);
        assertThat(setting("netral.sanction.pppk.medium-sanctions")).isEqualTo(SOURCED_LOCAL_RULES.pppkMediumSanctions());
        assertThat(setting("netral.sanction.non-asn.measures")).isEqualTo(SOURCED_LOCAL_RULES.nonAsnMeasures());
        String byKind = "netral.sanction.non-asn.measures-for.";
        assertThat(CONFIG.stringPropertyNames().stream().filter(k -> k.startsWith(byKind))
                .collect(Collectors.toMap(k -> k.substring(byKind.length()), SanctionRulesTest::setting)))
                .isEqualTo(SOURCED_LOCAL_RULES.nonAsnMeasuresByKind());
        assertThat(CONFIG.getProperty("netral.sanction.counterparts.E6")).isEqualTo("D4");
        assertThat(calendarOf(CONFIG)).usingRecursiveComparison().isEqualTo(SOURCED_CALENDAR);
    }

    @Test
    void anActBefore31October2023IsJudgedByVersion1WhichDoesNotCiteUu20Of2023() {
        Outcome before = RULES.decide(verified("D8", EmploymentType.PNS, VERIFIED, LocalDate.parse("2023-10-30"),
                "PEMILU-2024"), VERIFIED);
        Outcome from = RULES.decide(verified("D8", EmploymentType.PNS, VERIFIED, LocalDate.parse("2023-10-31"),
                "PEMILU-2024"), VERIFIED);

        assertThat(before.ruleVersion()).isEqualTo("SKB2022-PP94-v1");
        assertThat(before.legalBasis()).noneMatch(line -> line.contains("UU 20/2023 tentang"));
        assertThat(from.ruleVersion()).isEqualTo("SKB2022-UU20-v2");
        assertThat(from.legalBasis()).anyMatch(line -> line.contains("Pasal 24 ayat (1) huruf d"));
    }

    @Test
    void theTableCoversEveryRowOfTheCatalogueForEveryEmploymentStatus() throws IOException {
        Catalogue catalogue = RULE_BOOK.inForceOn(CAMPAIGN_DAY).orElseThrow();
        List<String> expected = catalogue.violations().stream()
                .flatMap(v -> Arrays.stream(EmploymentType.values()).map(type -> v.code() + "," + type))
                .sorted().toList();
        try (BufferedReader table = new BufferedReader(new InputStreamReader(
                resource("expected-outcomes.csv"), StandardCharsets.UTF_8))) {
            List<String> covered = table.lines().skip(1).filter(line -> !line.startsWith("#"))
                    .map(line -> line.substring(0, line.indexOf(',', line.indexOf(',') + 1))).sorted().toList();
            assertThat(covered).isEqualTo(expected).hasSize(60);
        }
    }

    @Test
    void kasnHandlesCasesVerifiedUntil23August2024AndBknFrom24AugustInKupangTime() {
        assertThat(bodyFor("2024-08-23T04:00:00Z")).isEqualTo(SanctioningBody.KASN);
        // 23:59:59 on 23 August in Kupang (WITA, UTC+8)
        assertThat(bodyFor("2024-08-23T15:59:59Z")).isEqualTo(SanctioningBody.KASN);
        // 00:30 on 24 August in Kupang, still 23 August in UTC
        assertThat(bodyFor("2024-08-23T16:30:00Z")).isEqualTo(SanctioningBody.BKN);
        assertThat(bodyFor("2024-08-24T04:00:00Z")).isEqualTo(SanctioningBody.BKN);
    }

    @Test
    void thePpkIsDueTheConfiguredNumberOfCalendarDaysAfterTheRecommendationDayInKupang() {
        // 04:00 on 6 October in Kupang, still 5 October in UTC
        Instant recommendedAt = Instant.parse("2024-10-05T20:00:00Z");

        Outcome outcome = RULES.decide(verified("D2", EmploymentType.PNS, VERIFIED, CAMPAIGN_DAY), recommendedAt);

        assertThat(outcome.ppkDueDate()).isEqualTo(LocalDate.parse("2024-10-16"));
        assertThat(outcome.explanation()).anyMatch(line -> line.startsWith("PPK diminta menindaklanjuti paling lambat "
                + "16 Oktober 2024, 10 hari kalender sejak rekomendasi 6 Oktober 2024"));
        // people read the explanation on the console and in letters: dates in the long form, never ISO
        assertThat(outcome.explanation()).noneMatch(line -> line.matches(".*\\d{4}-\\d{2}-\\d{2}.*"));
    }

    @Test
    void anActBeforeTheCatalogueTookEffectIsLeftToAPersonRatherThanJudgedByLaterRules() {
        LocalDate beforeSkb2022 = LocalDate.parse("2022-09-21");

        Outcome outcome = RULES.decide(verified("D2", EmploymentType.PNS, VERIFIED, beforeSkb2022), VERIFIED);

        assertThat(outcome.track()).isEqualTo(Track.MANUAL_REVIEW);
        assertThat(outcome.level()).isNull();
        assertThat(outcome.allowedSanctions()).isEmpty();
        assertThat(outcome.recommendedSanction()).isNull();
        assertThat(outcome.explanation()).anyMatch(line -> line.contains("sebelum katalog SKB2022-PP94-v1 berlaku"));
        assertThat(outcome.ppkDueDate()).isNull();
    }

    @Test
    void localRulesThatNameAnUnknownSanctionOrOneOfTheWrongLevelStopTheCatalogue() {
        String catalogue = CATALOGUES.get(1);
        LocalRules sourced = SOURCED_LOCAL_RULES;

        assertThatThrownBy(() -> CatalogueFile.load(catalogue, new LocalRules(List.of("PPPK_WARNING"),
                sourced.nonAsnMeasures(), sourced.nonAsnMeasuresByKind(), sourced.counterparts())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PPPK names unknown sanction PPPK_WARNING for D3");
        assertThatThrownBy(() -> CatalogueFile.load(catalogue, new LocalRules(List.of("B1"),
                sourced.nonAsnMeasures(), sourced.nonAsnMeasuresByKind(), sourced.counterparts())))
                .hasMessageContaining("PPPK names B1 (DISCIPLINE BERAT) for D3, which is DISCIPLINE SEDANG");
        assertThatThrownBy(() -> CatalogueFile.load(catalogue, new LocalRules(
                sourced.pppkMediumSanctions(), List.of("R2"), Map.of(), sourced.counterparts())))
                .hasMessageContaining("NON_ASN names R2 (DISCIPLINE RINGAN) for E1, which is CONTRACT null");
        assertThatThrownBy(() -> CatalogueFile.load(catalogue, new LocalRules(sourced.pppkMediumSanctions(),
                sourced.nonAsnMeasures(), Map.of("D14", List.of(TERMINATION)), sourced.counterparts())))
                .hasMessageContaining("NON_ASN names measures for D14, which is no row");
    }

    /**
     * The calendar from the sources: Pemilu 2024 legislative lists fixed 3 Nov 2023, presidential pairs 13 Nov 2023
     * (KPU); Pilkada 2024 candidates fixed 22 Sep 2024 (research notes 4.6).
     */
    static final ElectionCalendar SOURCED_CALENDAR = new ElectionCalendar(List.of(
            new Election("PEMILU-2024", "Pemilu 2024", List.of(
                    contest("DPD", "DPD", "2023-11-03"), contest("DPR", "DPR", "2023-11-03"),
                    contest("DPRD-KOTA-KUPANG", "DPRD Kota Kupang", "2023-11-03"),
                    contest("DPRD-PROVINSI-NTT", "DPRD Provinsi NTT", "2023-11-03"),
                    contest("PRESIDEN", "Presiden dan Wakil Presiden", "2023-11-13")),
                    LocalDate.parse("2023-11-28"), LocalDate.parse("2024-02-10"), LocalDate.parse("2024-02-14")),
            new Election("PILKADA-2024", "Pilkada 2024", List.of(
                    contest("GUBERNUR-NTT", "Gubernur dan Wakil Gubernur NTT", "2024-09-22"),
                    contest("WALI-KOTA-KUPANG", "Wali Kota dan Wakil Wali Kota Kupang", "2024-09-22")),
                    LocalDate.parse("2024-09-25"), LocalDate.parse("2024-11-23"), LocalDate.parse("2024-11-27"))));

    private static final SanctionRules RULES = rules(RepeatPolicy.NEXT_SANCTION);

    static SanctionRules rules(RepeatPolicy policy) {
        return new SanctionRules(RULE_BOOK, SOURCED_CALENDAR, policy, ZoneId.of("Asia/Makassar"), 10);
    }

    private static Election.Contest contest(String id, String name, String fixed) {
        return new Election.Contest(id, name, LocalDate.parse(fixed));
    }

    /** The calendar of application.properties, read the way the service's configuration mapping reads it. */
    private static ElectionCalendar calendarOf(Properties config) {
        String prefix = "netral.sanction.elections.";
        return new ElectionCalendar(config.stringPropertyNames().stream().filter(k -> k.startsWith(prefix))
                .map(k -> k.substring(prefix.length(), k.indexOf('.', prefix.length()))).distinct().sorted()
                .map(id -> new Election(id, config.getProperty(prefix + id + ".name"),
                        config.stringPropertyNames().stream()
                                .filter(k -> k.startsWith(prefix + id + ".contests.") && k.endsWith(".name"))
                                .map(k -> k.substring((prefix + id + ".contests.").length(), k.length() - 5))
                                .sorted()
                                .map(c -> contest(c, config.getProperty(prefix + id + ".contests." + c + ".name"),
                                        config.getProperty(prefix + id + ".contests." + c + ".candidates-fixed")))
                                .toList(),
                        date(config, prefix + id + ".campaign-start"), date(config, prefix + id + ".campaign-end"),
                        date(config, prefix + id + ".voting-day")))
                .toList());
    }

    private static LocalDate date(Properties config, String key) {
        return LocalDate.parse(config.getProperty(key));
    }

    private static SanctioningBody bodyFor(String verifiedAt) {
        Instant at = Instant.parse(verifiedAt);
        return RULES.decide(verified("D2", EmploymentType.PNS, at, LocalDate.parse("2024-08-01")), at)
                .sanctioningBody();
    }

    static ReportVerified verified(String kind, EmploymentType type, Instant verifiedAt, LocalDate incidentDate) {
        return verified(kind, type, verifiedAt, incidentDate, "PILKADA-2024");
    }

    static ReportVerified verified(String kind, EmploymentType type, Instant verifiedAt, LocalDate incidentDate,
                                   String electionId) {
        String employeeId = type == EmploymentType.NON_ASN ? null : "198609262015051001";
        return new ReportVerified(UUID.randomUUID(), verifiedAt, kind,
                new Accused(employeeId, "Yohanes Bria", type, "DISPERKIM", "Kepala Seksi Perumahan"),
                electionId, incidentDate);
    }

    private static List<String> codes(String spaceSeparated) {
        return spaceSeparated == null ? List.of() : List.of(spaceSeparated.split(" "));
    }

    private static List<String> setting(String name) {
        return List.of(CONFIG.getProperty(name).split(","));
    }

    private static Properties properties() {
        Properties properties = new Properties();
        try (InputStream in = resource("application.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static InputStream resource(String name) {
        return SanctionRulesTest.class.getClassLoader().getResourceAsStream(name);
    }
}

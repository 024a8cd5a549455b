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
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The law as a table: every SKB 2022 row for every employment status, against the shipped catalogue and the shipped
 * defaults of application.properties. No Quarkus: the rules are plain data and plain code.
 */
class SanctionRulesTest {
    private static final Properties CONFIG = properties();
    private static final LocalRules DEFAULT_LOCAL_RULES = new LocalRules(
            setting("netral.sanction.pppk.medium-sanctions"), setting("netral.sanction.non-asn.measures"));
    private static final RuleBook RULE_BOOK = RuleBook.load(setting("netral.sanction.catalogues"),
            DEFAULT_LOCAL_RULES);
    private static final SanctionRules RULES = rules(
            RepeatPolicy.valueOf(CONFIG.getProperty("netral.sanction.repeat-policy")));

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
        LocalDate day = kind.startsWith("E") ? BEFORE_CANDIDATES_FIXED : CAMPAIGN_DAY;
        Outcome outcome = RULES.decide(verified(kind, employmentType, VERIFIED, day), VERIFIED);

        assertThat(outcome.appliedKind()).isEqualTo(kind);
        assertThat(outcome.track()).isEqualTo(track);
        assertThat(outcome.level()).isEqualTo(level);
        assertThat(outcome.allowedSanctions()).isEqualTo(codes(allowed));
        assertThat(outcome.recommendedSanction()).isEqualTo(recommended);
        assertThat(outcome.ruleVersion()).isEqualTo("SKB2022-PP94-v1");
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
                    .noneMatch(line -> line.startsWith("PP 42/2004") || line.startsWith("PP 49/2018"));
        }
        assertThat(outcome.explanation().get(0)).startsWith("Bentuk pelanggaran " + kind + " (SKB 2022): ");
        if (track == Track.MANUAL_REVIEW) {
            assertThat(outcome.explanation()).anyMatch(line -> line.contains("secara manual"));
        }
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
        assertThat(outcome.explanation()).anyMatch(line -> line.startsWith(
                "PPK diminta menindaklanjuti paling lambat 2024-10-16, 10 hari kalender sejak rekomendasi 2024-10-06"));
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
    }

    @Test
    void localRulesThatNameAnUnknownSanctionOrOneOfTheWrongLevelStopTheCatalogue() {
        String catalogue = setting("netral.sanction.catalogues").get(0);

        assertThatThrownBy(() -> CatalogueFile.load(catalogue, new LocalRules(List.of("PPPK_WARNING"),
                DEFAULT_LOCAL_RULES.nonAsnMeasures())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PPPK names unknown sanction PPPK_WARNING for D3");
        assertThatThrownBy(() -> CatalogueFile.load(catalogue, new LocalRules(List.of("B1"),
                DEFAULT_LOCAL_RULES.nonAsnMeasures())))
                .hasMessageContaining("PPPK names B1 (DISCIPLINE BERAT) for D3, which is DISCIPLINE SEDANG");
        assertThatThrownBy(() -> CatalogueFile.load(catalogue, new LocalRules(
                DEFAULT_LOCAL_RULES.pppkMediumSanctions(), List.of("R2"))))
                .hasMessageContaining("NON_ASN names R2 (DISCIPLINE RINGAN) for E1, which is CONTRACT null");
    }

    static SanctionRules rules(RepeatPolicy policy) {
        return new SanctionRules(RULE_BOOK, calendar(), policy, ZoneId.of("Asia/Makassar"),
                Integer.parseInt(CONFIG.getProperty("netral.sanction.ppk-due-days")));
    }

    /** The calendar of application.properties, read the way the service's configuration mapping reads it. */
    private static ElectionCalendar calendar() {
        String prefix = "netral.sanction.elections.";
        return new ElectionCalendar(CONFIG.stringPropertyNames().stream().filter(k -> k.startsWith(prefix))
                .map(k -> k.substring(prefix.length(), k.indexOf('.', prefix.length()))).distinct()
                .map(id -> new Election(id, CONFIG.getProperty(prefix + id + ".name"),
                        date(prefix + id + ".candidates-fixed"), date(prefix + id + ".campaign-start"),
                        date(prefix + id + ".campaign-end"), date(prefix + id + ".voting-day")))
                .toList());
    }

    private static LocalDate date(String key) {
        return LocalDate.parse(CONFIG.getProperty(key));
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

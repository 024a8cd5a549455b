package id.netral.sanction.catalogue;

import id.netral.events.EmploymentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The candidacy stage that picks the SKB row, and earlier proven cases that raise the recommendation. */
class CandidacyAndRepeatTest {
    private static final Instant VERIFIED = Instant.parse("2024-10-05T02:00:00Z");
    private static final SanctionRules NEXT_SANCTION = SanctionRulesTest.rules(RepeatPolicy.NEXT_SANCTION);

    @ParameterizedTest(name = "{0} {1}: {2} of a {3} becomes {4} ({5} {6})")
    @CsvSource({
            // Pilkada 2024: candidates fixed 22 Sep 2024; the day before is toward would-be candidates
            "PILKADA-2024, 2024-09-21, D2, PNS, E2, ETHICS, MORAL_CLOSED",
            "PILKADA-2024, 2024-09-22, D2, PNS, D2, DISCIPLINE, B1",
            "PILKADA-2024, 2024-09-21, E2, PNS, E2, ETHICS, MORAL_CLOSED",
            "PILKADA-2024, 2024-09-22, E2, PNS, D2, DISCIPLINE, B1",
            "PILKADA-2024, 2024-10-01, E1, PNS, D1, DISCIPLINE, B1",
            "PILKADA-2024, 2024-10-01, E3, PNS, D4, DISCIPLINE, B1",
            "PILKADA-2024, 2024-10-01, E4, PNS, D6, DISCIPLINE, B1",
            "PILKADA-2024, 2024-10-01, E5, PNS, D7, DISCIPLINE, B1",
            "PILKADA-2024, 2024-09-01, D1, PNS, E1, ETHICS, MORAL_CLOSED",
            "PILKADA-2024, 2024-09-01, D4, PNS, E3, ETHICS, MORAL_CLOSED",
            "PILKADA-2024, 2024-09-01, D6, PNS, E4, ETHICS, MORAL_CLOSED",
            "PILKADA-2024, 2024-09-01, D7, PNS, E5, ETHICS, MORAL_CLOSED",
            // D9 (winning team before participants are fixed, sedang) and D10 (after, berat): same track, two levels
            "PILKADA-2024, 2024-09-01, D10, PNS, D9, DISCIPLINE, S1",
            "PILKADA-2024, 2024-09-21, D10, PNS, D9, DISCIPLINE, S1",
            "PILKADA-2024, 2024-09-22, D9, PNS, D10, DISCIPLINE, B1",
            "PILKADA-2024, 2024-09-01, D9, PNS, D9, DISCIPLINE, S1",
            "PILKADA-2024, 2024-10-01, D10, PNS, D10, DISCIPLINE, B1",
            "PILKADA-2024, 2024-09-01, D10, PPPK, D9, DISCIPLINE, PPPK_CONTRACT_MEDIUM",
            // E6 (a would-be candidate's events) becomes D4 once candidates are fixed (configured, unconfirmed)
            "PILKADA-2024, 2024-10-01, E6, PNS, D4, DISCIPLINE, B1",
            "PILKADA-2024, 2024-09-21, E6, PNS, E6, ETHICS, MORAL_CLOSED",
            // rows the SKB does not pair keep their row on both sides
            "PILKADA-2024, 2024-10-01, E7, PNS, E7, ETHICS, MORAL_CLOSED",
            "PILKADA-2024, 2024-09-01, D3, PNS, D3, DISCIPLINE, S1",
            "PILKADA-2024, 2024-09-01, D5, PNS, D5, DISMISSAL, PTDH",
            "PILKADA-2024, 2024-09-01, D8, PNS, D8, DISCIPLINE, B1",
            "PILKADA-2024, 2024-09-01, D13, PNS, D13, MANUAL_REVIEW, ",
            // Pemilu 2024: every contest fixed from 13 Nov 2023, none before 3 Nov 2023
            "PEMILU-2024, 2023-11-02, D6, PNS, E4, ETHICS, MORAL_CLOSED",
            "PEMILU-2024, 2023-11-13, D6, PNS, D6, DISCIPLINE, B1",
            "PEMILU-2024, 2023-12-01, E4, PNS, D6, DISCIPLINE, B1",
            // between 3 and 13 Nov 2023 the contest decides: DPRD Kota Kupang lists were fixed on 3 Nov, the pairs not
            "PEMILU-2024/DPRD-KOTA-KUPANG, 2023-11-03, E4, PNS, D6, DISCIPLINE, B1",
            "PEMILU-2024/DPRD-KOTA-KUPANG, 2023-11-12, D10, PNS, D10, DISCIPLINE, B1",
            "PEMILU-2024/PRESIDEN, 2023-11-12, D6, PNS, E4, ETHICS, MORAL_CLOSED",
            "PEMILU-2024/PRESIDEN, 2023-11-13, E4, PNS, D6, DISCIPLINE, B1",
            // ... and when the case does not say which contest, nobody guesses
            "PEMILU-2024, 2023-11-03, D6, PNS, D6, MANUAL_REVIEW, ",
            "PEMILU-2024, 2023-11-12, E4, PNS, E4, MANUAL_REVIEW, ",
            "PEMILU-2024, 2023-11-12, D9, PNS, D9, MANUAL_REVIEW, ",
            "PEMILU-2024/DPRD-KABUPATEN, 2023-11-12, D6, PNS, D6, MANUAL_REVIEW, ",
            // the row, not the sanction, switches: PPPK and non-ASN staff get their own sanctions of the new row
            "PILKADA-2024, 2024-10-01, E2, PPPK, D2, DISCIPLINE, PPPK_TERMINATION",
            "PILKADA-2024, 2024-09-01, D2, PPPK, E2, ETHICS, MORAL_CLOSED",
            "PILKADA-2024, 2024-10-01, E2, NON_ASN, D2, CONTRACT, CONTRACT_TERMINATION",
            // an election outside the calendar: a paired row cannot be placed, so a person decides
            "PILKADA-2029, 2029-10-01, D2, PNS, D2, MANUAL_REVIEW, ",
            "PILKADA-2029, 2029-10-01, E6, PNS, E6, MANUAL_REVIEW, ",
            "PILKADA-2029, 2029-10-01, E7, PNS, E7, ETHICS, MORAL_CLOSED"})
    void theDayCandidatesWereFixedDecidesBetweenTheEthicsAndTheDisciplineRow(
            String election, LocalDate incident, String verifiedKind, EmploymentType type, String appliedKind,
            Track track, String recommended) {
        Outcome outcome = NEXT_SANCTION.decide(
                SanctionRulesTest.verified(verifiedKind, type, VERIFIED, incident, election), VERIFIED);

        assertThat(outcome.appliedKind()).isEqualTo(appliedKind);
        assertThat(outcome.track()).isEqualTo(track);
        assertThat(outcome.recommendedSanction()).isEqualTo(recommended);
        if (!appliedKind.equals(verifiedKind)) {
            assertThat(outcome.explanation()).anyMatch(line -> line.contains("adalah baris " + appliedKind)
                    && line.contains("bukan " + verifiedKind) && line.contains("penetapan calon"));
            assertThat(outcome.legalBasis()).anyMatch(line -> line.matches("SKB 2022, .*\\b" + appliedKind + "\\b"))
                    .noneMatch(line -> line.matches("SKB 2022, .*\\b" + verifiedKind + "\\b"));
        }
        if (election.equals("PILKADA-2029") && track == Track.MANUAL_REVIEW) {
            assertThat(outcome.explanation()).anyMatch(line -> line.contains("tidak ada di kalender pemilihan"));
        }
        if (election.equals("PEMILU-2024") && track == Track.MANUAL_REVIEW) {
            assertThat(outcome.explanation()).anyMatch(line -> line.contains("sebagian kontestasi Pemilu 2024 sudah "
                    + "ditetapkan dan sebagian belum") && line.contains("DPRD Kota Kupang 3 November 2023")
                    && line.contains("Presiden dan Wakil Presiden 13 November 2023") && line.contains("tanpa menebak"));
        }
        if (track == Track.MANUAL_REVIEW) {
            assertThat(outcome.ppkDueDate()).isNull();
        }
        if (verifiedKind.equals("E6") && appliedKind.equals("D4")) {
            assertThat(outcome.explanation()).anyMatch(line -> line.startsWith("Pasangan E6 -> D4")
                    && line.contains("belum dikonfirmasi"));
        }
    }

    @ParameterizedTest(name = "{0}: {1} of a {2} with {3} earlier case(s) -> {4} {5}")
    @CsvSource({
            "NEXT_SANCTION, D2, PNS, 0, BERAT, B1",
            "NEXT_SANCTION, D2, PNS, 1, BERAT, B2",
            "NEXT_SANCTION, D2, PNS, 2, BERAT, B3",
            "NEXT_SANCTION, D2, PNS, 5, BERAT, B3",
            "NEXT_SANCTION, D3, PNS, 1, SEDANG, S2",
            "NEXT_SANCTION, E7, PNS, 1, , MORAL_OPEN",
            "NEXT_SANCTION, D5, PNS, 1, , PTDH",
            "NEXT_SANCTION, D2, PPPK, 1, BERAT, PPPK_TERMINATION",
            "NEXT_SANCTION, D2, NON_ASN, 1, , CONTRACT_TERMINATION",
            "NEXT_LEVEL, D3, PNS, 1, BERAT, B1",
            "NEXT_LEVEL, D3, PPPK, 1, BERAT, PPPK_TERMINATION",
            "NEXT_LEVEL, D2, PNS, 1, BERAT, B2",
            "NEXT_LEVEL, E7, PNS, 1, , MORAL_OPEN",
            "NONE, D2, PNS, 2, BERAT, B1"})
    void earlierProvenCasesRaiseTheRecommendationByThePolicy(RepeatPolicy policy, String kind, EmploymentType type,
                                                              int earlier, Level level, String recommended) {
        List<PriorCase> priors = IntStream.range(0, earlier).mapToObj(i -> new PriorCase(UUID.randomUUID(),
                LocalDate.parse("2024-02-01").plusDays(i), Instant.parse("2024-03-01T02:00:00Z"), "D7",
                Track.DISCIPLINE, "B1")).toList();

        Outcome outcome = SanctionRulesTest.rules(policy).decide(
                SanctionRulesTest.verified(kind, type, VERIFIED, LocalDate.parse("2024-10-01")), VERIFIED, priors);

        assertThat(outcome.level()).isEqualTo(level);
        assertThat(outcome.recommendedSanction()).isEqualTo(recommended);
        assertThat(outcome.allowedSanctions()).contains(recommended);
        for (PriorCase prior : priors) {
            assertThat(outcome.explanation()).anyMatch(line -> line.startsWith("Pelanggaran berulang")
                    && line.contains(prior.recommendationId().toString())
                    && line.contains("perbuatan " + prior.incidentDate()) && line.contains("baris D7"));
        }
        if (earlier == 0) {
            assertThat(outcome.explanation()).noneMatch(line -> line.contains("berulang"));
        }
    }

    @Test
    void aPairMustLeadToADecidedRowOnTheOtherSideOfTheDayCandidatesAreFixed() {
        Catalogue shipped = CatalogueFile.read("catalogue/skb2022-uu20-v2.json");

        assertThat(CatalogueFile.problems(withCounterpart(shipped, "E1", "E2"))).contains("violation E1 names "
                + "counterpart E2, which must be a decided row on the other side of the day candidates are fixed");
        assertThat(CatalogueFile.problems(withCounterpart(shipped, "E6", "D13"))).contains("violation E6 names "
                + "counterpart D13, which must be a decided row on the other side of the day candidates are fixed");
        assertThat(CatalogueFile.problems(withCounterpart(shipped, "E6", "D4")))
                .noneMatch(problem -> problem.contains("counterpart"));
        assertThat(CatalogueFile.problems(shipped)).noneMatch(problem -> problem.contains("counterpart"));
    }

    private static Catalogue withCounterpart(Catalogue c, String code, String counterpart) {
        List<Catalogue.Violation> violations = c.violations().stream().map(v -> !v.code().equals(code) ? v
                : new Catalogue.Violation(v.code(), v.stage(), counterpart, v.track(), v.level(), v.act(),
                v.legalBasis(), v.pnsBasis(), v.note(), v.decidedBy())).toList();
        return new Catalogue(c.version(), c.effectiveFrom(), c.title(), c.framework(), c.asnFramework(), c.notes(),
                c.sanctions(), violations, c.employmentTypes(), c.sanctioningBodies());
    }

    @Test
    void theNextLevelPolicyNamesTheLevelsItMovedBetween() {
        PriorCase prior = new PriorCase(UUID.randomUUID(), LocalDate.parse("2024-02-01"),
                Instant.parse("2024-03-01T02:00:00Z"), "E2", Track.ETHICS, "MORAL_CLOSED");

        Outcome outcome = SanctionRulesTest.rules(RepeatPolicy.NEXT_LEVEL).decide(SanctionRulesTest.verified("D3",
                EmploymentType.PNS, VERIFIED, LocalDate.parse("2024-10-01")), VERIFIED, List.of(prior));

        assertThat(outcome.allowedSanctions()).containsExactly("B1", "B2", "B3");
        assertThat(outcome.explanation()).contains(
                "Kebijakan pelanggaran berulang (NEXT_LEVEL): tingkat hukuman dinaikkan dari sedang ke berat.");
        assertThat(outcome.legalBasis()).contains("PP 94/2021 Pasal 8");
    }
}

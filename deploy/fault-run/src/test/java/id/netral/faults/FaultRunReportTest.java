package id.netral.faults;

import id.netral.local.MachineFacts;
import id.netral.local.NetralService;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FaultRunReportTest {
    private static final MachineFacts MACHINE = new MachineFacts(2, "OpenJDK 17", "Linux", "23 GiB",
            "Tue, 1 Dec 2026 11:00:00 GMT");
    private static final CaseStream.StreamedCase FIRST = new CaseStream.StreamedCase(
            "7f1c2a52-5a9d-4d2e-9d55-0c1b9f0a1e11", "197001011994011001", "Yohanes Bria");
    private static final CaseStream.StreamedCase SECOND = new CaseStream.StreamedCase(
            "0d8e4f3a-1b2c-4d5e-8f90-a1b2c3d4e5f6", "197001011994012002", "Maria Bria");
    private static final FaultRunOptions OPTIONS = FaultRunOptions.parse("--cases", "5", "--seed", "9");
    private static final List<FaultSchedule.Fault> KILLS = List.of(
            new FaultSchedule.Fault("sanction-service killed -9, started again", 1, 3, Duration.ofSeconds(12)));

    @Test
    void everyCaseOnceAndNoServerErrorPasses() {
        FaultRunReport report = report(List.of(once(FIRST), once(SECOND)), malformed(0, List.of()));

        assertThat(report.passed()).isTrue();
        assertThat(report.markdown()).contains("**PASSED**: 2 cases through 1 kills, 0 lost, 0 not exactly once")
                .contains("| with exactly one sanction recommendation | 2 | 2 |")
                .contains("--seed 9");
    }

    @Test
    void aDoubledRecommendationOrAServerErrorOrAChangedTableFailsAndIsNamed() {
        CaseOutcomes.Outcome doubled = new CaseOutcomes.Outcome(SECOND, 2, 4, 4, 4, 0, 4);
        assertThat(report(List.of(once(FIRST), doubled), malformed(0, List.of())).markdown())
                .contains("**FAILED**").contains("report " + SECOND.reportId() + " (NIP " + SECOND.employeeId()
                        + "): 2 recommendations");
        assertThat(report(List.of(once(FIRST)), malformed(1, List.of())).passed()).isFalse();
        FaultRunReport changed = report(List.of(once(FIRST)),
                malformed(0, List.of("report.public.report: 1 rows, a -> 2 rows, b")));
        assertThat(changed.passed()).isFalse();
        assertThat(changed.markdown()).contains("`report.public.report: 1 rows, a -> 2 rows, b`");
        MalformedRequests.Result audited = new MalformedRequests.Result(9, 50, List.of(), Map.of(), Map.of(),
                List.of(), List.of(), List.of(), Map.of("report: report.read", 3, "sanction: recommendation.decide", 1));
        assertThat(audited.auditedChanges()).containsExactly("sanction: recommendation.decide");
        assertThat(report(List.of(once(FIRST)), audited).passed()).isFalse();
    }

    @Test
    void aCaseWithoutMailIsLost() {
        CaseOutcomes.Outcome lost = new CaseOutcomes.Outcome(SECOND, 1, 4, 4, 3, 0, 3);
        FaultRunReport report = report(List.of(once(FIRST), lost), malformed(0, List.of()));

        assertThat(report.faults().lost()).isEqualTo(1);
        assertThat(report.markdown()).contains("| lost (no recommendation or a recipient without mail) | 1 | 0 |");
    }

    private static CaseOutcomes.Outcome once(CaseStream.StreamedCase streamed) {
        return new CaseOutcomes.Outcome(streamed, 1, 4, 4, 4, 0, 4);
    }

    private static MalformedRequests.Result malformed(int serverErrors, List<String> changedTables) {
        return new MalformedRequests.Result(9, 50, List.of(), Map.of(NetralService.REPORT,
                new MalformedRequests.ServiceCount(100, 10, 90 - serverErrors, serverErrors, 0, 0)),
                Map.of(400, 90), List.of(), List.of(), changedTables, Map.of("report: report.read", 3));
    }

    private static FaultRunReport report(List<CaseOutcomes.Outcome> outcomes, MalformedRequests.Result malformed) {
        List<CaseStream.StreamedCase> cases = outcomes.stream().map(CaseOutcomes.Outcome::streamed).toList();
        return new FaultRunReport(OPTIONS, MACHINE, "0.5 0.4 0.3", "1.9 1.2 0.8",
                new FaultRunReport.Faults(KILLS, cases, outcomes, 3, Map.of(), Map.of(), Duration.ofSeconds(100),
                        Duration.ofSeconds(130)), malformed);
    }
}

package id.netral.notification;

import id.netral.events.Accused;
import id.netral.events.EmploymentType;
import id.netral.events.SanctionRecommended;
import id.netral.infra.Callers;
import id.netral.infra.EmbeddedInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.netral.notification.Procedures.record;
import static id.netral.notification.Procedures.today;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * The procedure at the city in the order the law allows (PP 94/2021, PP 42/2004): a step out of order, without its
 * document or on the wrong track is refused with a problem and changes nothing.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "database", value = "notification"), @ResourceArg(name = "smtp", value = "true")})
class ProcedureTest {
    private static final String PROBLEM = "application/problem+json";

    @Test
    void aHeavyCaseIsSummonedThenExaminedByATeam() {
        UUID reportId = UUID.randomUUID();
        String id = acknowledged(reportId, "CAMAT-KELAPA-LIMA");
        LocalDate today = today();

        record("CAMAT-KELAPA-LIMA", id, "EXAMINED", "12/BAP/2024", today).statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("SUMMONED"));
        record("CAMAT-KELAPA-LIMA", id, "SUMMONED_AND_EXAMINED", "12/BAP/2024", today).statusCode(400).contentType(PROBLEM);
        record("CAMAT-KELAPA-LIMA", id, "SUMMONED", null, null).statusCode(400).contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("documentNumber", "documentDate"));
        record("CAMAT-KELAPA-LIMA", id, "SUMMONED", "800/1/DINKES/2024", today.plusDays(1)).statusCode(400)
                .body("errors.field", contains("documentDate"));
        record("CAMAT-KELAPA-LIMA", id, "SUMMONED", "800/1/DINKES/2024", today.minusDays(30)).statusCode(400)
                .body("errors.field", contains("documentDate"));
        record("CAMAT-KELAPA-LIMA", id, "ETHICS_COUNCIL_FORMED", "1/MKE/2024", today).statusCode(409)
                .body("detail", containsString("ethics"));
        record("CAMAT-KELAPA-LIMA", id, "DECISION_DELIVERED", "1/TT/2024", today).statusCode(409);
        record("CAMAT-KELAPA-LIMA", id, "OBJECTION_FILED", "1/KEB/2024", today).statusCode(409);
        record("CAMAT-KELAPA-LIMA", id, "RECORD_BLOCKED", "1/BKN/2024", today).statusCode(409)
                .body("detail", containsString("overdue"));
        followUps(id).body("step", org.hamcrest.Matchers.empty());

        record("CAMAT-KELAPA-LIMA", id, "SUMMONED", "800/1/DINKES/2024", today).statusCode(201).body("actor",
                equalTo("DIRECT_SUPERIOR"));
        // a heavy level (berat): no examination without the examination team
        record("CAMAT-KELAPA-LIMA", id, "EXAMINED", "12/BAP/2024", today).statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("EXAMINATION_TEAM_FORMED"));
        record("CAMAT-KELAPA-LIMA", id, "SANCTION_PROPOSED", "800/3/DINKES/2024", today).statusCode(409);
        followUps(id).body("step", contains("SUMMONED"));

        record("CAMAT-KELAPA-LIMA", id, "EXAMINATION_TEAM_FORMED", "800/2/SETDA/2024", today).statusCode(201);
        record("CAMAT-KELAPA-LIMA", id, "EXAMINED", "12/BAP/2024", today).statusCode(201)
                .body("actor", equalTo("EXAMINATION_TEAM"));
        record("CAMAT-KELAPA-LIMA", id, "EXAMINATION_TEAM_FORMED", "800/2/SETDA/2024", today).statusCode(409);
        record("CAMAT-KELAPA-LIMA", id, "SANCTION_PROPOSED", "800/3/DINKES/2024", today).statusCode(201);
        followUps(id).body("step", contains("SUMMONED", "EXAMINATION_TEAM_FORMED", "EXAMINED", "SANCTION_PROPOSED"));
    }

    @Test
    void aCaseRaisedToAHeavyLevelAfterTheSuperiorsExaminationGetsItsTeamAndTheTeamsExamination() {
        UUID reportId = UUID.randomUUID();
        SanctionRecommended medium = new SanctionRecommended(UUID.randomUUID(), reportId,
                new Accused(SampleRecommendations.NIP, SampleRecommendations.NAME, EmploymentType.PNS, "LURAH-LASIANA",
                        "Staf"), "D3", "DISCIPLINE", "SEDANG", List.of("S1", "S2", "S3"), "S1",
                List.of("SKB 2022 baris D3", "PP 94/2021 Pasal 8 ayat (3)"), "BKN", SampleRecommendations.PPK_DUE,
                List.of("Mendekati partai sebagai bakal calon tanpa cuti"), "skb-2022@2024-08-24",
                Instant.parse("2024-10-25T02:00:00Z"), "Mendekati partai sebagai bakal calon",
                Map.of("S1", "pemotongan tunjangan kinerja 25% selama 6 bulan"));
        String id = acknowledgedAtLasiana(medium);
        LocalDate today = today();
        record("LURAH-LASIANA", id, "SUMMONED", "800/1/LSN/2024", today).statusCode(201);
        // a medium level: the direct superior examines, no team
        record("LURAH-LASIANA", id, "EXAMINED", "1/BAP/2024", today).statusCode(201)
                .body("actor", equalTo("DIRECT_SUPERIOR"));
        record("LURAH-LASIANA", id, "EXAMINED", "1/BAP/2024", today).statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("already recorded"));

        // BKPPD raises the case to BERAT: the PPK forms the team after the examination, and the team examines again
        record("LURAH-LASIANA", id, "EXAMINATION_TEAM_FORMED", "800/2/SETDA/2024", today).statusCode(201);
        record("LURAH-LASIANA", id, "EXAMINED", "2/BAP/2024", today).statusCode(201)
                .body("actor", equalTo("EXAMINATION_TEAM"));
        record("LURAH-LASIANA", id, "EXAMINED", "3/BAP/2024", today).statusCode(409).contentType(PROBLEM);
        record("LURAH-LASIANA", id, "EXAMINATION_TEAM_FORMED", "800/3/SETDA/2024", today).statusCode(409);
        followUps(id).body("step", contains("SUMMONED", "EXAMINED", "EXAMINATION_TEAM_FORMED", "EXAMINED"))
                .body("actor", contains("DIRECT_SUPERIOR", "DIRECT_SUPERIOR", "PPK", "EXAMINATION_TEAM"));
    }

    @Test
    void theDecisionIsDeliveredAndObjectedToWithinItsWindow() {
        UUID reportId = UUID.randomUUID();
        String id = acknowledged(reportId, "LURAH-OESAPA");
        UUID recommendationId = UUID.fromString(Notices.of(reportId).getString("[0].recommendationId"));
        LocalDate decreed = today().minusDays(60);
        Procedures.decide(reportId, recommendationId, decreed, "B2");

        // delivery is 14 working days after a decree of two months ago: late, so BKN's blocking may be recorded
        await().atMost(Notices.PATIENCE).until(() -> record("LURAH-OESAPA", id, "RECORD_BLOCKED",
                "B-1234/BKN/2024", today()).extract().statusCode() == 201);
        record("LURAH-OESAPA", id, "SUMMONED", "800/1/DINSOS/2024", today()).statusCode(409)
                .body("detail", containsString("decree"));
        record("LURAH-OESAPA", id, "DECISION_DELIVERED", "800/5/DINSOS/2024", decreed.minusDays(1)).statusCode(400)
                .body("errors.field", contains("documentDate"));
        record("LURAH-OESAPA", id, "DECISION_DELIVERED", "800/5/DINSOS/2024", decreed.plusDays(10)).statusCode(201)
                .body("actor", equalTo("PPK")).body("dueDate", org.hamcrest.Matchers.notNullValue());
        record("LURAH-OESAPA", id, "OBJECTION_FILED", "01/KEB/2024", today()).statusCode(400).contentType(PROBLEM)
                .body("errors.field", contains("documentDate"))
                .body("errors.message", contains(containsString("out of time")));
        followUps(id).body("step", contains("RECORD_BLOCKED", "DECISION_DELIVERED"));

        record("LURAH-OESAPA", id, "OBJECTION_FILED", "01/KEB/2024", decreed.plusDays(12)).statusCode(201)
                .body("appealKind", equalTo("KEBERATAN")).body("actor", equalTo("CIVIL_SERVANT"));
        followUps(id).body("actor", contains("BKN", "PPK", "CIVIL_SERVANT"));
    }

    @Test
    void aDecisionImposingNoSanctionIsDeliveredButNotObjectedTo() {
        UUID reportId = UUID.randomUUID();
        String id = acknowledged(reportId, "LURAH-OEBUFU");
        UUID recommendationId = UUID.fromString(Notices.of(reportId).getString("[0].recommendationId"));
        Procedures.notProven(reportId, recommendationId, today());

        await().atMost(Notices.PATIENCE).until(() -> record("LURAH-OEBUFU", id, "DECISION_DELIVERED",
                "800/6/LURAH-OEBUFU/2024", today()).extract().statusCode() == 201);
        record("LURAH-OEBUFU", id, "OBJECTION_FILED", "01/KEB/2024", today()).statusCode(409)
                .contentType(PROBLEM).body("detail", containsString("NOT_PROVEN"));
        followUps(id).body("step", contains("DECISION_DELIVERED"));
    }

    @Test
    void anEthicsCaseGoesToTheMajelisKodeEtikInstead() {
        UUID reportId = UUID.randomUUID();
        SanctionRecommended ethics = new SanctionRecommended(UUID.randomUUID(), reportId,
                new Accused(SampleRecommendations.NIP, SampleRecommendations.NAME, EmploymentType.PNS, "LURAH-LASIANA",
                        "Staf"), "E2", "ETHICS", null, List.of("MORAL_CLOSED", "MORAL_OPEN"), "MORAL_CLOSED",
                List.of("SKB 2022 baris E2", "PP 42/2004 Pasal 15"), "BKN", SampleRecommendations.PPK_DUE,
                List.of("Promosi bakal calon di media sosial: pelanggaran kode etik"), "skb-2022@2024-08-24",
                Instant.parse("2024-10-25T02:00:00Z"), "Promosi bakal calon di media sosial",
                Map.of("MORAL_CLOSED", "pernyataan secara tertutup", "MORAL_OPEN", "pernyataan secara terbuka"));
        String id = acknowledgedAtLasiana(ethics);
        LocalDate today = today();

        record("LURAH-LASIANA", id, "SUMMONED", "800/1/DISPAR/2024", today).statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("Majelis Kode Etik"));
        record("LURAH-LASIANA", id, "EXAMINATION_TEAM_FORMED", "800/1/DISPAR/2024", today).statusCode(409);
        record("LURAH-LASIANA", id, "ETHICS_COUNCIL_CONCLUDED", "2/MKE/2024", today).statusCode(409);
        followUps(id).body("step", org.hamcrest.Matchers.empty());

        record("LURAH-LASIANA", id, "ETHICS_COUNCIL_FORMED", "1/MKE/2024", today).statusCode(201);
        record("LURAH-LASIANA", id, "ETHICS_COUNCIL_CONCLUDED", "2/MKE/2024", today).statusCode(201)
                .body("actor", equalTo("ETHICS_COUNCIL"));
        record("LURAH-LASIANA", id, "SANCTION_PROPOSED", "800/3/DISPAR/2024", today).statusCode(201);
    }

    /** The notice of this recommendation to the Lurah of Lasiana, delivered and acknowledged. */
    private static String acknowledgedAtLasiana(SanctionRecommended recommended) {
        Notices.topics().publish(SampleRecommendations.envelope(recommended));
        String id = await().atMost(Notices.PATIENCE).until(() -> Notices.of(recommended.reportId()),
                list -> "DELIVERED".equals(list.getString("[0].status"))).getString("[0].id");
        Callers.asOpdHead("LURAH-LASIANA").when().post("/api/v1/notifications/{id}/acknowledgement", id)
                .then().statusCode(200);
        return id;
    }

    private static String acknowledged(UUID reportId, String opd) {
        String id = Notices.deliveredNoticeFor(reportId, opd);
        Callers.asOpdHead(opd).when().post("/api/v1/notifications/{id}/acknowledgement", id).then().statusCode(200);
        return id;
    }

    private static io.restassured.response.ValidatableResponse followUps(String id) {
        return Callers.asOfficer().when().get("/api/v1/notifications/{id}/follow-ups", id).then().statusCode(200);
    }
}

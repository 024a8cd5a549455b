package id.netral.sanction;

import id.netral.events.EmploymentType;
import id.netral.events.EventEnvelope;
import id.netral.events.EventType;
import id.netral.events.SanctionDecided;
import id.netral.events.SanctionNotImposed;
import id.netral.events.SanctionOverdue;
import id.netral.events.SanctionRecommended;
import id.netral.events.SanctionRevised;
import id.netral.events.Topics;
import id.netral.events.access.Roles;
import id.netral.infra.Callers;
import id.netral.infra.EmbeddedInfraResource;
import id.netral.infra.TopicClient;
import id.netral.sanction.recommendation.OverdueCheck;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** The life of a recommendation: repeat offences, revision, the PPK's decision, the overdue check, the lists. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "sanction"))
class LifecycleTest {
    private static final LocalDate CAMPAIGN_DAY = LocalDate.parse("2024-10-01");
    private static final String REVISE = "/api/v1/recommendations/{id}/revisions";
    private static final String DECIDE = "/api/v1/recommendations/{id}/decision";

    private final TopicClient topics = new TopicClient(EmbeddedInfraResource.bootstrapServers());

    @Inject
    OverdueCheck overdueCheck;
    @Inject
    EntityManager em;

    @Test
    void anEarlierProvenCaseOfTheSameNipRaisesTheNextOneAndIsNamed() {
        String nip = Cases.newEmployeeId();
        String first = recommend("D6", nip, "DINKES");
        String second = recommend("D2", nip, "DINKES");

        Callers.asOfficer().when().get("/api/v1/recommendations/{id}", second).then().statusCode(200)
                .body("allowedSanctions", contains("B1", "B2", "B3"))
                .body("recommendedSanction", equalTo("B2"))
                .body("priorRecommendations", contains(first))
                .body("sanctions.code", contains("B1", "B2", "B3"))
                .body("sanctions[1].text", equalTo("pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 bulan"))
                .body("sanctions[1].legalBasis", contains("PP 94/2021 Pasal 8"))
                .body("explanation", hasItem(containsString("Pelanggaran berulang: nomor pegawai ini memiliki 1 kasus "
                        + "terbukti sebelumnya: rekomendasi " + first + " (perbuatan " + CAMPAIGN_DAY)))
                .body("explanation", hasItem(containsString("dari B1 ke B2")));
        Callers.asOfficer().queryParam("employeeId", nip).when().get("/api/v1/recommendations").then()
                .statusCode(200).header("X-Total-Count", "2")
                .body("id", contains(second, first));
    }

    @Test
    void anOfficerRevisesWithAReasonAndTheHistoryAndEventKeepIt() {
        UUID reportId = UUID.randomUUID();
        String id = Cases.recommend(Cases.verified(reportId, "D2", EmploymentType.PNS, Cases.newEmployeeId(),
                "DISPERKIM", "PILKADA-2024", CAMPAIGN_DAY));

        // bad revisions answer problem+json and change nothing
        revise(id, "{\"recommendedSanction\": \"B2\"}").statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("reason"));
        revise(id, "{\"recommendedSanction\": \"PTDH\", \"reason\": \"berat\"}").statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("recommendedSanction"))
                .body("errors[0].message", equalTo("must be one of the allowed sanctions [B1, B2, B3] of row D2"));
        revise(id, "{\"violationKind\": \"D99\", \"reason\": \"salah\"}").statusCode(400)
                .body("errors[0].field", equalTo("violationKind"));
        revise(id, "{\"reason\": \"tidak ada yang diubah\"}").statusCode(400)
                .body("errors[0].field", equalTo("violationKind"));
        revise(id, "{\"recommendedSanction\": \"B1\", \"reason\": \"sama\"}").statusCode(400)
                .body("errors[0].message", equalTo("the revision changes nothing"));
        revise(id, "{\"violationKind\": \"D2\", \"reason\": \"baris yang sama\"}").statusCode(400)
                .body("errors[0].message", equalTo("the revision changes nothing"));
        Callers.asOfficer().when().get("/api/v1/recommendations/{id}", id).then()
                .body("recommendedSanction", equalTo("B1")).body("revisedAt", nullValue())
                .body("history", hasSize(1));

        revise(id, "{\"recommendedSanction\": \"B2\", \"reason\": \"Unggahan diulang tiga kali\"}").statusCode(200)
                .body("recommendedSanction", equalTo("B2")).body("status", equalTo("OPEN"));
        Callers.asOfficer().when().get("/api/v1/recommendations/{id}", id).then()
                .body("history.action", contains("RECOMMENDED", "REVISED"))
                .body("history[1].reason", equalTo("Unggahan diulang tiga kali"))
                .body("history[1].changes", contains("Sanksi yang direkomendasikan B1 -> B2."))
                .body("explanation", hasItem(containsString("Alasan: Unggahan diulang tiga kali")));

        Callers.as(Roles.AUDITOR).queryParam("recordId", id).when().get("/api/v1/audit").then().statusCode(200)
                .body("findAll { it.action == 'recommendation.revise' }", hasSize(1));

        SanctionRevised revised = awaitEvent(reportId, EventType.SANCTION_REVISED).payload(SanctionRevised.class);
        assertThat(revised.recommendationId()).hasToString(id);
        assertThat(revised.recommendedSanction()).isEqualTo("B2");
        assertThat(revised.reason()).isEqualTo("Unggahan diulang tiga kali");
    }

    @Test
    void aCaseNoRuleDecidesWaitsForTheSatgasWithNoPpkDeadlineAndGoesToThePpkOnceARevisionPlacesIt() {
        UUID reportId = UUID.randomUUID();
        String id = Cases.recommend(Cases.verified(reportId, "D13", EmploymentType.PNS, Cases.newEmployeeId(),
                "DISPERKIM", "PILKADA-2024", CAMPAIGN_DAY));
        Callers.asOfficer().when().get("/api/v1/recommendations/{id}", id).then()
                .body("status", equalTo("MANUAL_REVIEW")).body("recommendedSanction", nullValue())
                .body("ppkDueDate", nullValue())
                .body("explanation", hasItem(containsString("Satgas Netralitas ASN memutuskan")));
        decide(id, "B1", "2024-10-20").statusCode(409).contentType("application/problem+json");

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Makassar"));
        revise(id, "{\"violationKind\": \"D8\", \"reason\": \"Satgas: pembagian sembako bermerek paslon\"}")
                .statusCode(200)
                .body("status", equalTo("OPEN")).body("appliedKind", equalTo("D8")).body("track", equalTo("DISCIPLINE"))
                .body("level", equalTo("BERAT")).body("allowedSanctions", contains("B1", "B2", "B3"))
                .body("recommendedSanction", equalTo("B1"))
                .body("legalBasis", hasItem("SKB 2022, bentuk pelanggaran disiplin D8"))
                .body("ppkDueDate", equalTo(today.plusDays(10).toString()));

        // the PPK hears of the case only now, with its deadline: the first event of the case is this recommendation
        SanctionRecommended recommended = awaitEvent(reportId, EventType.SANCTION_RECOMMENDED)
                .payload(SanctionRecommended.class);
        assertThat(recommended.track()).isEqualTo("DISCIPLINE");
        assertThat(recommended.recommendedSanction()).isEqualTo("B1");
        assertThat(recommended.ppkDueDate()).isEqualTo(today.plusDays(10));
    }

    @Test
    void thePpkRecordsTheDecreeOnceAndOnlyWithAnAllowedSanction() {
        UUID reportId = UUID.randomUUID();
        String id = Cases.recommend(Cases.verified(reportId, "D3", EmploymentType.PNS, Cases.newEmployeeId(),
                "DISPERKIM", "PILKADA-2024", CAMPAIGN_DAY));

        decide(id, "B1", "2024-10-20").statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("imposedSanction"))
                .body("errors[0].message", equalTo("must be one of the allowed sanctions [S1, S2, S3]"));
        decide(id, "S2", LocalDate.now(ZoneId.of("Asia/Makassar")).plusDays(2).toString()).statusCode(400)
                .body("errors[0].field", equalTo("decreeDate"));
        Callers.as(Roles.PPK).contentType(ContentType.JSON).body("{\"decreeDate\": \"2024-10-20\", "
                + "\"imposedSanction\": \"S2\"}").when().post(DECIDE, id).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("decreeNumber"));
        Callers.asOfficer().when().get("/api/v1/recommendations/{id}", id).then()
                .body("status", equalTo("OPEN")).body("decision", nullValue()).body("history", hasSize(1));

        Cases.examine(id);
        decide(id, "S2", "2024-10-20").statusCode(200)
                .body("status", equalTo("DECIDED"))
                .body("decision.decreeNumber", equalTo("800.1.6.4/123/BKPPD/2024"))
                .body("decision.decreeDate", equalTo("2024-10-20"))
                .body("decision.imposedSanction", equalTo("S2"));
        decide(id, "S3", "2024-10-21").statusCode(409).contentType("application/problem+json");
        revise(id, "{\"recommendedSanction\": \"S3\", \"reason\": \"terlambat\"}").statusCode(409);

        SanctionDecided decided = awaitEvent(reportId, EventType.SANCTION_DECIDED).payload(SanctionDecided.class);
        assertThat(decided.imposedSanction()).isEqualTo("S2");
        assertThat(decided.decreeDate()).isEqualTo(LocalDate.parse("2024-10-20"));
        Callers.as(Roles.AUDITOR).queryParam("recordId", id).when().get("/api/v1/audit").then().statusCode(200)
                .body("action", hasItem("recommendation.decide"));
        Callers.as(Roles.AUDITOR).queryParam("status", "DECIDED").queryParam("size", "200").when()
                .get("/api/v1/recommendations").then().statusCode(200).body("id", hasItem(id));
    }

    @Test
    void thePpkMayFindTheCaseNotProvenOrCancelItWithAReasonAndNoSanction() {
        UUID reportId = UUID.randomUUID();
        String employee = Cases.newEmployeeId();
        String id = Cases.recommend(Cases.verified(reportId, "D3", EmploymentType.PNS, employee, "DISPERKIM",
                "PILKADA-2024", CAMPAIGN_DAY));

        decideWith(id, "{\"decreeNumber\": \"800/124/BKPPD/2024\", \"decreeDate\": \"2024-10-21\", "
                + "\"outcome\": \"NOT_PROVEN\"}").statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("reason"));
        decideWith(id, "{\"decreeNumber\": \"800/124/BKPPD/2024\", \"decreeDate\": \"2024-10-21\", "
                + "\"outcome\": \"NOT_PROVEN\", \"imposedSanction\": \"S1\", \"reason\": \"x\"}")
                .statusCode(400).body("errors[0].field", equalTo("imposedSanction"));
        decideWith(id, "{\"decreeNumber\": \"800/124/BKPPD/2024\", \"decreeDate\": \"2024-10-21\", "
                + "\"outcome\": \"DIAMPUNI\", \"reason\": \"x\"}").statusCode(400)
                .contentType("application/problem+json");
        decideWith(id, "{\"decreeNumber\": \"800/124/BKPPD/2024\", \"decreeDate\": \"2024-10-21\"}")
                .statusCode(400).body("errors[0].field", equalTo("imposedSanction"));
        Callers.asOfficer().when().get("/api/v1/recommendations/{id}", id).then()
                .body("status", equalTo("OPEN")).body("decision", nullValue()).body("history", hasSize(1));

        Cases.examine(id);
        decideWith(id, "{\"decreeNumber\": \"800/124/BKPPD/2024\", \"decreeDate\": \"2024-10-21\", "
                + "\"outcome\": \"NOT_PROVEN\", \"reason\": \"Unggahan tidak terbukti dibuat pegawai\"}")
                .statusCode(200)
                .body("status", equalTo("DECIDED"))
                .body("decision.outcome", equalTo("NOT_PROVEN"))
                .body("decision.imposedSanction", nullValue())
                .body("decision.reason", equalTo("Unggahan tidak terbukti dibuat pegawai"));
        Callers.asOfficer().when().get("/api/v1/recommendations/{id}", id).then()
                .body("history.find { it.action == 'DECIDED' }.changes[0]",
                        org.hamcrest.Matchers.containsString("tidak terbukti"));

        SanctionNotImposed notImposed = awaitEvent(reportId, EventType.SANCTION_NOT_IMPOSED)
                .payload(SanctionNotImposed.class);
        assertThat(notImposed.outcome()).isEqualTo("NOT_PROVEN");
        assertThat(notImposed.reason()).isEqualTo("Unggahan tidak terbukti dibuat pegawai");
        assertThat(notImposed.decreeNumber()).isEqualTo("800/124/BKPPD/2024");

        // a case found not proven raises no later one of the same civil servant
        UUID laterReport = UUID.randomUUID();
        String later = Cases.recommend(Cases.verified(laterReport, "D3", EmploymentType.PNS, employee, "DISPERKIM",
                "PILKADA-2024", CAMPAIGN_DAY.plusDays(3)));
        Callers.asOfficer().when().get("/api/v1/recommendations/{id}", later).then()
                .body("priorRecommendations", org.hamcrest.Matchers.empty());

        // a cancellation ends the proceedings without a finding on the act: it does not wait for the examination
        decideWith(later, "{\"decreeNumber\": \"800/130/BKPPD/2024\", \"decreeDate\": \"2024-10-25\", "
                + "\"outcome\": \"CANCELLED\", \"reason\": \"Pemeriksaan dibatalkan\"}").statusCode(200)
                .body("decision.outcome", equalTo("CANCELLED"));
        // the Kemendagri figures count decrees imposing no sanction by their outcome
        Callers.as(Roles.AUDITOR).queryParam("by", "outcome").queryParam("reportId", laterReport.toString())
                .when().get("/api/v1/recommendations/recap")
                .then().statusCode(200).body("key", contains("CANCELLED")).body("count", contains(1));
        Callers.as(Roles.AUDITOR).queryParam("by", "sanction").queryParam("reportId", reportId.toString())
                .when().get("/api/v1/recommendations/recap")
                .then().statusCode(200).body("key", contains("NOT_PROVEN"));
    }

    private static io.restassured.response.ValidatableResponse decideWith(String id, String body) {
        return Callers.as(Roles.PPK).contentType(ContentType.JSON).body(body).when().post(DECIDE, id).then();
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @CsvSource({
            "revise, none, 401",
            "revise, ppk, 403",
            "revise, auditor, 403",
            "revise, opd-head, 403",
            "revise, partner-app, 403",
            "revise, verifier, 403",
            "decide, none, 401",
            "decide, personnel-officer, 403",
            "decide, auditor, 403",
            "decide, opd-head, 403",
            "decide, partner-app, 403",
            "list, none, 401",
            "list, partner-app, 403",
            "list, verifier, 403"})
    void onlyAnOfficerRevisesAndOnlyThePpkDecides(String action, String caller, int status) {
        RequestSpecification request = switch (caller) {
            case "none" -> given();
            case "partner-app" -> Callers.asPartnerApp("bawaslu-intake");
            case "opd-head" -> Callers.asOpdHead("DISPERKIM");
            default -> Callers.as(caller);
        };
        UUID id = UUID.randomUUID();
        var response = switch (action) {
            case "revise" -> request.contentType(ContentType.JSON)
                    .body("{\"recommendedSanction\": \"B2\", \"reason\": \"x\"}").when().post(REVISE, id);
            case "decide" -> request.contentType(ContentType.JSON).body("{\"decreeNumber\": \"1\", "
                    + "\"decreeDate\": \"2024-10-20\", \"imposedSanction\": \"B1\"}").when().post(DECIDE, id);
            default -> request.when().get("/api/v1/recommendations");
        };
        response.then().statusCode(status).contentType("application/problem+json");
    }

    @Test
    void anOpdHeadListsOnlyTheirOwnOpd() {
        String nip = Cases.newEmployeeId();
        String own = recommend("D1", nip, "BAPPEDA");
        Callers.asOpdHead("BAPPEDA").queryParam("employeeId", nip).when().get("/api/v1/recommendations").then()
                .statusCode(200).body("id", contains(own));
        Callers.asOpdHead("DINSOS").queryParam("employeeId", nip).when().get("/api/v1/recommendations").then()
                .statusCode(200).body("size()", equalTo(0)).header("X-Total-Count", "0");
        Callers.asOpdHead("DINSOS").queryParam("opd", "BAPPEDA").when().get("/api/v1/recommendations").then()
                .statusCode(200).body("size()", equalTo(0));
        Callers.as(Roles.PPK).queryParam("opd", "BAPPEDA").queryParam("election", "PILKADA-2024")
                .queryParam("size", "1").when().get("/api/v1/recommendations").then()
                .statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void theListTakesTheFilterNamesEveryServiceUsesAndStillTheDeprecatedOnes() {
        String nip = Cases.newEmployeeId();
        String id = recommend("D1", nip, "BAPPEDA");
        Callers.asOfficer().queryParam("opdCode", "BAPPEDA").queryParam("electionId", "PILKADA-2024")
                .queryParam("employeeId", nip).when().get("/api/v1/recommendations").then()
                .statusCode(200).body("id", contains(id));
        Callers.asOfficer().queryParam("opd", "BAPPEDA").queryParam("election", "PILKADA-2024")
                .queryParam("employeeId", nip).when().get("/api/v1/recommendations").then()
                .statusCode(200).body("id", contains(id));
        Callers.asOfficer().queryParam("opdCode", "DINSOS").queryParam("employeeId", nip).when()
                .get("/api/v1/recommendations").then().statusCode(200).body("size()", equalTo(0));
        Callers.asOfficer().queryParam("opdCode", "BAPPEDA").queryParam("opd", "DINSOS").when()
                .get("/api/v1/recommendations").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("opd"));
    }

    @Test
    void theOverdueCheckRunTwiceAtOnceMarksOnceAndEmitsOnce() throws Exception {
        UUID reportA = UUID.randomUUID();
        UUID reportB = UUID.randomUUID();
        String a = Cases.recommend(Cases.verified(reportA, "D2", EmploymentType.PNS, Cases.newEmployeeId(),
                "DISKOMINFO", "PILKADA-2024", CAMPAIGN_DAY));
        String b = Cases.recommend(Cases.verified(reportB, "E6", EmploymentType.PPPK, Cases.newEmployeeId(),
                "DISKOMINFO", "PILKADA-2024", CAMPAIGN_DAY));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Makassar"));
        // a due date is the last day to act: due today is not yet overdue, due yesterday is
        dueOn(a, today.minusDays(1));
        dueOn(b, today);

        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<List<UUID>>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(CompletableFuture.supplyAsync(() -> {
                try {
                    together.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return overdueCheck.markOverdue(today);
            }));
        }
        List<UUID> marked = new ArrayList<>();
        for (CompletableFuture<List<UUID>> run : runs) {
            marked.addAll(run.get());
        }
        assertThat(marked).containsOnlyOnce(UUID.fromString(a)).doesNotContain(UUID.fromString(b));
        assertThat(overdueCheck.markOverdue(today)).doesNotContain(UUID.fromString(a));

        SanctionOverdue overdue = awaitEvent(reportA, EventType.SANCTION_OVERDUE).payload(SanctionOverdue.class);
        assertThat(overdue.recommendationId()).hasToString(a);
        assertThat(overdue.opdCode()).isEqualTo("DISKOMINFO");
        assertThat(overdue.ppkDueDate()).isEqualTo(today.minusDays(1));
        // the recommendation's own event came first; the overdue one once, however many runs
        await().atMost(Cases.PATIENCE).until(() -> topics.events(Topics.SANCTIONS, reportA.toString()).size() >= 2);
        assertThat(topics.events(Topics.SANCTIONS, reportA.toString())).extracting(EventEnvelope::type)
                .containsExactly(EventType.SANCTION_RECOMMENDED, EventType.SANCTION_OVERDUE);

        Callers.asOfficer().when().get("/api/v1/recommendations/{id}", a).then()
                .body("status", equalTo("OVERDUE")).body("history.action", contains("RECOMMENDED", "OVERDUE"));
        Callers.asOfficer().when().get("/api/v1/recommendations/{id}", b).then().body("status", equalTo("OPEN"));
        Callers.asOfficer().queryParam("overdue", "true").queryParam("opd", "DISKOMINFO").when()
                .get("/api/v1/recommendations").then().body("id", hasItem(a)).body("id", org.hamcrest.Matchers.not(
                        hasItem(b)));

        Callers.as(Roles.AUDITOR).queryParam("recordId", a).when().get("/api/v1/audit").then().statusCode(200)
                .body("findAll { it.action == 'recommendation.mark-overdue' }.actor", contains("sanction-service"));

        // a late decision is still recorded
        Cases.examine(a);
        decide(a, "B1", today.toString()).statusCode(200).body("status", equalTo("DECIDED"));
    }

    private void dueOn(String id, LocalDate due) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "UPDATE recommendation SET ppk_due_date = :due WHERE id = :id")
                .setParameter("due", due).setParameter("id", UUID.fromString(id)).executeUpdate());
    }

    private static String recommend(String kind, String nip, String opd) {
        return Cases.recommend(Cases.verified(UUID.randomUUID(), kind, EmploymentType.PNS, nip, opd, "PILKADA-2024",
                CAMPAIGN_DAY));
    }

    private static ValidatableResponse revise(String id, String body) {
        return Callers.asOfficer().contentType(ContentType.JSON).body(body).when().post(REVISE, id).then();
    }

    private static ValidatableResponse decide(String id, String sanction, String decreeDate) {
        return Callers.as(Roles.PPK).contentType(ContentType.JSON).body("{\"decreeNumber\": "
                        + "\"800.1.6.4/123/BKPPD/2024\", \"decreeDate\": \"" + decreeDate + "\", \"imposedSanction\": \""
                        + sanction + "\"}").when().post(DECIDE, id).then();
    }

    private EventEnvelope awaitEvent(UUID reportId, EventType type) {
        return await().atMost(Cases.PATIENCE).until(() -> topics.events(Topics.SANCTIONS, reportId.toString())
                .stream().filter(e -> e.type() == type).toList(), list -> !list.isEmpty()).get(0);
    }
}

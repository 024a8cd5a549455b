package id.netral.sanction;

import id.netral.events.EmploymentType;
import id.netral.events.EventEnvelope;
import id.netral.events.EventType;
import id.netral.events.Topics;
import id.netral.events.access.Roles;
import id.netral.infra.Callers;
import id.netral.infra.EmbeddedInfraResource;
import id.netral.infra.TopicClient;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * The PPK's decree on the act waits for the examination at the city, as notification-service publishes its steps on the
 * broker (follow-up-recorded): PP 94/2021's summons and examination, the team for a heavy level, PP 42/2004's Majelis
 * Kode Etik for ethics.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "sanction"))
class ExaminationBeforeDecreeTest {
    private static final String GET = "/api/v1/recommendations/{id}";
    private static final String DECIDE = "/api/v1/recommendations/{id}/decision";
    private static final String DEAD_LETTERS = "netral.sanction-service.dead-letter.v1";
    private static final LocalDate CAMPAIGN_DAY = LocalDate.parse("2024-10-01");
    private static final LocalDate DOCUMENT_DAY = LocalDate.parse("2024-10-14");

    private final TopicClient topics = new TopicClient(EmbeddedInfraResource.bootstrapServers());

    @Test
    void aHeavyCasesDecreeIsRefusedUntilTheSummonsTheTeamAndTheTeamsExaminationAreRecorded() {
        UUID reportId = UUID.randomUUID();
        String id = Cases.recommend(Cases.verified(reportId, "D2", EmploymentType.PNS, Cases.newEmployeeId(),
                "DISPERKIM", "PILKADA-2024", CAMPAIGN_DAY));
        Callers.asOfficer().when().get(GET, id).then().statusCode(200)
                .body("procedure.steps", empty())
                .body("procedure.beforeDecree", contains("SUMMONED", "EXAMINATION_TEAM_FORMED", "EXAMINED"));

        decide(id, "{\"decreeNumber\": \"800/1/BKPPD/2024\", \"decreeDate\": \"2024-10-20\", "
                + "\"imposedSanction\": \"B1\"}").statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("cannot be recorded before the examination"))
                .body("detail", containsString("Not recorded yet: the direct superior's written summons of the "
                        + "civil servant (SUMMONED), then the forming of the examination team by the PPK "
                        + "(EXAMINATION_TEAM_FORMED), then the examination team's own examination"));
        // "not proven" is a finding of the examination too
        decide(id, "{\"decreeNumber\": \"800/1/BKPPD/2024\", \"decreeDate\": \"2024-10-20\", "
                + "\"outcome\": \"NOT_PROVEN\", \"reason\": \"Tidak terbukti\"}").statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("(NOT_PROVEN)"));
        assertNothingDecided(id, reportId);

        topics.publish(Cases.stepTaken(reportId, id, "SUMMONED", DOCUMENT_DAY));
        topics.publish(Cases.stepTaken(reportId, id, "EXAMINATION_TEAM_FORMED", DOCUMENT_DAY.plusDays(1)));
        await().atMost(Cases.PATIENCE).untilAsserted(() -> Callers.asOfficer().when().get(GET, id).then()
                .body("procedure.steps.step", contains("SUMMONED", "EXAMINATION_TEAM_FORMED")));
        decide(id, "{\"decreeNumber\": \"800/1/BKPPD/2024\", \"decreeDate\": \"2024-10-20\", "
                + "\"imposedSanction\": \"B1\"}").statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("level BERAT is examined by an examination team formed first"))
                .body("detail", containsString("Not recorded yet: the examination team's own examination of the "
                        + "civil servant, with its record (BAP) (EXAMINED, recorded after EXAMINATION_TEAM_FORMED)."));
        assertNothingDecided(id, reportId);

        // the team examines after it is formed (an event from before examiners were named says the superior)
        topics.publish(Cases.stepTaken(reportId, id, "EXAMINED", DOCUMENT_DAY.plusDays(2)));
        await().atMost(Cases.PATIENCE).untilAsserted(() -> Callers.asOfficer().when().get(GET, id).then()
                .body("procedure.beforeDecree", empty()));
        Callers.asOfficer().when().get(GET, id).then()
                .body("procedure.steps", hasSize(3))
                .body("procedure.steps[2].words", equalTo("pegawai diperiksa (berita acara pemeriksaan)"))
                .body("procedure.steps[2].documentDate", equalTo("2024-10-16"))
                .body("history.findAll { it.action == 'PROCEDURE_STEP' }", hasSize(3))
                .body("history.changes.flatten()", hasItem("Prosedur di Pemerintah Kota: tim pemeriksa dibentuk "
                        + "(dokumen nomor 800/23/DISPERKIM/2024 tanggal 15 Oktober 2024)."))
                .body("history.changes.flatten()", hasItem("Prosedur di Pemerintah Kota: pegawai diperiksa (berita "
                        + "acara pemeriksaan) oleh tim pemeriksa (dokumen nomor 800/8/DISPERKIM/2024 tanggal "
                        + "16 Oktober 2024)."));

        decide(id, "{\"decreeNumber\": \"800/1/BKPPD/2024\", \"decreeDate\": \"2024-10-20\", "
                + "\"imposedSanction\": \"B1\"}").statusCode(200).body("status", equalTo("DECIDED"));
        await().atMost(Cases.PATIENCE).until(() -> topics.events(Topics.SANCTIONS, reportId.toString()).stream()
                .anyMatch(e -> e.type() == EventType.SANCTION_DECIDED));
    }

    @Test
    void aCaseRaisedToBeratAfterTheSuperiorsExaminationWaitsForTheTeamFormedAfterItAndItsOwnExamination() {
        UUID reportId = UUID.randomUUID();
        String id = Cases.recommend(Cases.verified(reportId, "D3", EmploymentType.PNS, Cases.newEmployeeId(),
                "DISPERKIM", "PILKADA-2024", CAMPAIGN_DAY));
        topics.publish(Cases.stepTaken(reportId, id, "SUMMONED", DOCUMENT_DAY));
        topics.publish(Cases.stepTaken(reportId, id, "EXAMINED", DOCUMENT_DAY.plusDays(2)));
        await().atMost(Cases.PATIENCE).untilAsserted(() -> Callers.asOfficer().when().get(GET, id).then()
                .body("level", equalTo("SEDANG")).body("procedure.beforeDecree", empty()));

        // BKPPD finds the act was a candidate's campaign, not a would-be candidate's: level BERAT, a team's case
        Callers.asOfficer().contentType(ContentType.JSON)
                .body("{\"violationKind\": \"D2\", \"reason\": \"Calon sudah ditetapkan KPU saat unggahan\"}")
                .when().post("/api/v1/recommendations/{id}/revisions", id).then().statusCode(200)
                .body("level", equalTo("BERAT"));
        Callers.asOfficer().when().get(GET, id).then()
                .body("procedure.beforeDecree", contains("EXAMINATION_TEAM_FORMED", "EXAMINED"));
        String decree = "{\"decreeNumber\": \"800/5/BKPPD/2024\", \"decreeDate\": \"2024-10-25\", "
                + "\"imposedSanction\": \"B1\"}";
        decide(id, decree).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("Not recorded yet: the forming of the examination team by the PPK "
                        + "(EXAMINATION_TEAM_FORMED), then the examination team's own examination"))
                .body("detail", containsString("the examination recorded so far was held without an examination "
                        + "team, before the case needed one, and does not count for level BERAT"));
        assertNothingDecided(id, reportId);

        // the team formed after the superior's examination: the case is no longer stuck, the team examines again
        topics.publish(Cases.stepTaken(reportId, id, "EXAMINATION_TEAM_FORMED", DOCUMENT_DAY.plusDays(5)));
        await().atMost(Cases.PATIENCE).untilAsserted(() -> Callers.asOfficer().when().get(GET, id).then()
                .body("procedure.beforeDecree", contains("EXAMINED")));
        decide(id, decree).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("Not recorded yet: the examination team's own examination"))
                .body("detail", not(containsString("EXAMINATION_TEAM_FORMED),")));
        assertNothingDecided(id, reportId);

        topics.publish(Cases.stepTaken(reportId, id, "EXAMINED", DOCUMENT_DAY.plusDays(7)));
        await().atMost(Cases.PATIENCE).untilAsserted(() -> Callers.asOfficer().when().get(GET, id).then()
                .body("procedure.beforeDecree", empty())
                .body("procedure.steps.step", contains("SUMMONED", "EXAMINED", "EXAMINATION_TEAM_FORMED",
                        "EXAMINED")));
        // a redelivered team examination is still one
        topics.publish(Cases.stepTaken(reportId, id, "EXAMINED", DOCUMENT_DAY.plusDays(8)));
        decide(id, decree).statusCode(200).body("status", equalTo("DECIDED"));
        await().atMost(Cases.PATIENCE).untilAsserted(() -> Callers.asOfficer().when().get(GET, id).then()
                .body("procedure.steps", hasSize(4)));
    }

    @Test
    void aRedeliveredStepCountsOnceAndAMediumCaseNeedsNoTeam() {
        UUID reportId = UUID.randomUUID();
        String id = Cases.recommend(Cases.verified(reportId, "D3", EmploymentType.PNS, Cases.newEmployeeId(),
                "DISPERKIM", "PILKADA-2024", CAMPAIGN_DAY));
        Callers.asOfficer().when().get(GET, id).then()
                .body("level", equalTo("SEDANG")).body("procedure.beforeDecree", contains("SUMMONED", "EXAMINED"));

        EventEnvelope summoned = Cases.stepTaken(reportId, id, "SUMMONED", DOCUMENT_DAY);
        topics.publish(summoned);
        topics.publish(summoned);
        // the same step told again in another event (a second notice of the case): still one step
        topics.publish(Cases.stepTaken(reportId, id, "SUMMONED", DOCUMENT_DAY.plusDays(1)));
        // the case's events keep their order: once the examination is known, every summons before it was handled
        topics.publish(Cases.stepTaken(reportId, id, "EXAMINED", DOCUMENT_DAY.plusDays(2)));
        await().atMost(Cases.PATIENCE).untilAsserted(() -> Callers.asOfficer().when().get(GET, id).then()
                .body("procedure.beforeDecree", empty()));
        Callers.asOfficer().when().get(GET, id).then()
                .body("procedure.steps.step", contains("SUMMONED", "EXAMINED"))
                .body("procedure.steps[0].documentDate", equalTo(DOCUMENT_DAY.toString()))
                .body("history.findAll { it.action == 'PROCEDURE_STEP' }", hasSize(2));
        Callers.as(Roles.AUDITOR).queryParam("recordId", id).when().get("/api/v1/audit").then().statusCode(200)
                .body("findAll { it.action == 'recommendation.procedure-step' }", hasSize(2));

        decide(id, "{\"decreeNumber\": \"800/2/BKPPD/2024\", \"decreeDate\": \"2024-10-20\", "
                + "\"imposedSanction\": \"S1\"}").statusCode(200).body("decision.imposedSanction", equalTo("S1"));
    }

    @Test
    void aNonAsnStaffMembersDecreeWaitsForNoSummonsOrExaminationByDefault() {
        UUID reportId = UUID.randomUUID();
        String id = Cases.recommend(Cases.verified(reportId, "D2", EmploymentType.NON_ASN, null, "DISPERKIM",
                "PILKADA-2024", CAMPAIGN_DAY));
        String sanction = Callers.asOfficer().when().get(GET, id).then()
                .body("track", equalTo("CONTRACT"))
                .body("procedure.beforeDecree", empty())
                .extract().path("recommendedSanction");
        decide(id, "{\"decreeNumber\": \"800/6/BKPPD/2024\", \"decreeDate\": \"2024-10-20\", "
                + "\"imposedSanction\": \"" + sanction + "\"}").statusCode(200).body("status", equalTo("DECIDED"));
    }

    @Test
    void anEthicsCasesDecreeWaitsForTheMajelisKodeEtikNotForASummons() {
        UUID reportId = UUID.randomUUID();
        // a social-media post before the Pilkada candidates were fixed: the ethics row
        String id = Cases.recommend(Cases.verified(reportId, "E2", EmploymentType.PNS, Cases.newEmployeeId(),
                "DINKES", "PILKADA-2024", LocalDate.parse("2024-07-01")));
        String sanction = Callers.asOfficer().when().get(GET, id).then()
                .body("track", equalTo("ETHICS"))
                .body("procedure.beforeDecree", contains("ETHICS_COUNCIL_FORMED", "ETHICS_COUNCIL_CONCLUDED"))
                .extract().path("recommendedSanction");
        String decree = "{\"decreeNumber\": \"800/3/BKPPD/2024\", \"decreeDate\": \"2024-10-20\", "
                + "\"imposedSanction\": \"" + sanction + "\"}";

        decide(id, decree).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("Majelis Kode Etik"))
                .body("detail", containsString("Not recorded yet: the forming of the Majelis Kode Etik "
                        + "(ETHICS_COUNCIL_FORMED), then the conclusion of the Majelis Kode Etik"));
        topics.publish(Cases.stepTaken(reportId, id, "ETHICS_COUNCIL_FORMED", DOCUMENT_DAY));
        await().atMost(Cases.PATIENCE).untilAsserted(() -> Callers.asOfficer().when().get(GET, id).then()
                .body("procedure.beforeDecree", contains("ETHICS_COUNCIL_CONCLUDED")));
        decide(id, decree).statusCode(409).body("detail", containsString("Not recorded yet: the conclusion of the Majelis Kode Etik "
                + "(ETHICS_COUNCIL_CONCLUDED)."));
        assertNothingDecided(id, reportId);

        topics.publish(Cases.stepTaken(reportId, id, "ETHICS_COUNCIL_CONCLUDED", DOCUMENT_DAY.plusDays(3)));
        await().atMost(Cases.PATIENCE).untilAsserted(() -> Callers.asOfficer().when().get(GET, id).then()
                .body("procedure.beforeDecree", empty()));
        decide(id, decree).statusCode(200).body("decision.imposedSanction", equalTo(sanction));
    }

    @Test
    void aStepOfARecommendationThisServiceDidNotMakeIsParkedAndTheNextStepIsStillTaken() {
        UUID reportId = UUID.randomUUID();
        String id = Cases.recommend(Cases.verified(reportId, "D3", EmploymentType.PNS, Cases.newEmployeeId(),
                "DISPERKIM", "PILKADA-2024", CAMPAIGN_DAY));
        UUID strangerReport = UUID.randomUUID();
        topics.send(onOnePartition(Cases.stepTaken(strangerReport, UUID.randomUUID().toString(), "SUMMONED",
                DOCUMENT_DAY)));
        topics.send(onOnePartition(Cases.stepTaken(reportId, id, "SUMMONED", DOCUMENT_DAY)));

        TopicClient.Received parked = await().atMost(Cases.PATIENCE)
                .until(() -> topics.all(DEAD_LETTERS).stream().filter(r -> strangerReport.toString().equals(r.key()))
                        .toList(), list -> !list.isEmpty()).get(0);
        assertThat(parked.headers().get("dead-letter-reason")).contains("which this service did not make");
        await().atMost(Cases.PATIENCE).untilAsserted(() -> Callers.asOfficer().when().get(GET, id).then()
                .body("procedure.steps.step", contains("SUMMONED"))
                .body("procedure.beforeDecree", contains("EXAMINED")));
    }

    private void assertNothingDecided(String id, UUID reportId) {
        Callers.asOfficer().when().get(GET, id).then()
                .body("status", equalTo("OPEN")).body("decision", nullValue())
                .body("history.action", not(hasItem("DECIDED")));
        List<EventType> types = topics.events(Topics.SANCTIONS, reportId.toString()).stream()
                .map(EventEnvelope::type).toList();
        assertThat(types).doesNotContain(EventType.SANCTION_DECIDED, EventType.SANCTION_NOT_IMPOSED);
    }

    private static ValidatableResponse decide(String id, String body) {
        return Callers.as(Roles.PPK).contentType(ContentType.JSON).body(body).when().post(DECIDE, id).then();
    }

    /** On partition 0 whatever its key, so that the two records reach the consumer in the order sent. */
    private static ProducerRecord<String, String> onOnePartition(EventEnvelope event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.NOTIFICATIONS, 0, event.key(),
                event.payloadJson());
        event.headers().forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }
}

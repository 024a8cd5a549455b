package id.netral.sanction;

import id.netral.events.BodyResultRecorded;
import id.netral.events.EmploymentType;
import id.netral.events.EventEnvelope;
import id.netral.events.EventJson;
import id.netral.events.EventType;
import id.netral.events.StudyForwarded;
import id.netral.events.Topics;
import id.netral.infra.Callers;
import id.netral.infra.EmbeddedInfraResource;
import id.netral.infra.TopicClient;
import id.netral.events.access.Roles;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** The case beyond the city: Bawaslu's forwarding to KASN or BKN, the body's result, which one the PPK acts on. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "sanction"))
class HandOffTest {
    private static final String RESULT = "/api/v1/recommendations/{id}/body-result";
    private static final String GET = "/api/v1/recommendations/{id}";
    private final TopicClient topics = new TopicClient(EmbeddedInfraResource.bootstrapServers());

    @Test
    void netralsRecommendationIsADraftUntilTheBodysResultIsInAndThenThePpkActsOnTheBodys() {
        UUID reportId = UUID.randomUUID();
        String id = Cases.recommend(Cases.verified(reportId, "D2", EmploymentType.PNS, Cases.newEmployeeId(),
                "DISPERKIM", "PILKADA-2024", LocalDate.parse("2024-10-01")));
        Callers.asOfficer().when().get(GET, id).then().statusCode(200)
                .body("handOff.ppkActsOn", equalTo("NETRAL_DRAFT"))
                .body("handOff.ppkActsOnText", containsString("belum diteruskan kepada KASN atau BKN"))
                .body("handOff.forwardedTo", nullValue())
                .body("explanation", not(hasItem(containsString("ditangani BKN"))))
                .body("explanation", hasItem(containsString("rekomendasi ini adalah rancangan Netral bagi PPK")));

        // no body has seen the case: its result cannot be recorded, and nothing changes
        result(id, "LHP-1/2024", "2024-10-18", "B2").statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("has not forwarded its study"));

        topics.publish(forwarded(reportId, "2024-10-07", "BKN", "SBT"));
        await().atMost(Cases.PATIENCE).untilAsserted(() -> Callers.asOfficer().when().get(GET, id).then()
                .body("handOff.forwardedTo", equalTo("BKN"))
                .body("handOff.forwardedOn", equalTo("2024-10-07"))
                .body("handOff.forwardingLetterNumber", equalTo("112/PP.01.02/K.NT-12/10/2024"))
                .body("handOff.ppkActsOn", equalTo("NETRAL_DRAFT"))
                .body("handOff.ppkActsOnText", equalTo("Rekomendasi Netral adalah rancangan bagi PPK; kajian "
                        + "Bawaslu telah diteruskan kepada Badan Kepegawaian Negara (BKN) pada 7 Oktober 2024 dan "
                        + "hasilnya belum diterima."))
                .body("history.action", hasItem("FORWARDED")));

        result(id, "LHP-0451/NETRALITAS/X/2024", "2024-10-18", "S1").statusCode(200)
                .body("handOff.ppkActsOn", equalTo("BODY_RESULT"))
                .body("handOff.bodyResult.body", equalTo("BKN"))
                .body("handOff.bodyResult.recommendedSanction", equalTo("S1"))
                .body("handOff.bodyResult.sanctionText", containsString("tunjangan kinerja"))
                .body("recommendedSanction", equalTo("B1"));
        Callers.asOfficer().when().get(GET, id).then()
                .body("handOff.ppkActsOnText", equalTo("PPK menindaklanjuti hasil Badan Kepegawaian Negara (BKN) "
                        + "nomor LHP-0451/NETRALITAS/X/2024; rekomendasi Netral adalah rancangan yang tetap tercatat "
                        + "sebagai pembanding."))
                .body("explanation", hasItem(containsString("Hasil Badan Kepegawaian Negara (BKN) nomor "
                        + "LHP-0451/NETRALITAS/X/2024 tanggal 18 Oktober 2024 merekomendasikan pemotongan tunjangan")))
                .body("explanation", hasItem(containsString("rancangan rekomendasi Netral (penurunan jabatan")))
                .body("history.action", hasItem("BODY_RESULT"));

        BodyResultRecorded event = await().atMost(Cases.PATIENCE)
                .until(() -> topics.events(Topics.SANCTIONS, reportId.toString()).stream()
                        .filter(e -> e.type() == EventType.BODY_RESULT_RECORDED).toList(), list -> list.size() == 1)
                .get(0).payload(BodyResultRecorded.class);
        assertThat(event.body()).isEqualTo("BKN");
        assertThat(event.recommendedSanction()).isEqualTo("S1");
        assertThat(event.draftSanction()).isEqualTo("B1");
        assertThat(event.recordedBy()).isNotBlank();

        result(id, "LHP-0452/2024", "2024-10-19", "B2").statusCode(409)
                .body("detail", containsString("already recorded"));
        // the PPK acts on BKN's result: its sanction may be imposed though Netral's draft did not allow it
        Cases.examine(id);
        Callers.as(Roles.PPK).contentType(ContentType.JSON).body("{\"decreeNumber\": \"800.1.6.4/9/BKPPD/2024\", "
                        + "\"decreeDate\": \"2024-10-21\", \"imposedSanction\": \"S1\"}")
                .when().post("/api/v1/recommendations/{id}/decision", id).then().statusCode(200)
                .body("decision.imposedSanction", equalTo("S1"));
    }

    @Test
    void aResultThatCannotBeIsRefusedAndChangesNothing() {
        UUID reportId = UUID.randomUUID();
        String id = Cases.recommend(Cases.verified(reportId, "E2", EmploymentType.PNS, Cases.newEmployeeId(),
                "DINKES", "PILKADA-2024", LocalDate.parse("2024-07-01")));
        topics.publish(forwarded(reportId, "2024-08-20", "KASN", "LETTER"));
        await().atMost(Cases.PATIENCE).untilAsserted(() -> Callers.asOfficer().when().get(GET, id).then()
                .body("handOff.forwardedTo", equalTo("KASN")));
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Makassar")).plusDays(1).toString();

        result(id, "R-1/KASN/2024", "2024-08-30", "B9").statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("recommendedSanction"));
        result(id, "R-1/KASN/2024", tomorrow, "MORAL_OPEN").statusCode(400)
                .body("errors.find { it.field == 'resultDate' }.message", equalTo("must not be in the future"));
        result(id, "R-1/KASN/2024", "2024-08-19", "MORAL_OPEN").statusCode(400)
                .body("errors.find { it.field == 'resultDate' }.message",
                        equalTo("must not be before Bawaslu forwarded the study (2024-08-20)"));
        Callers.asOfficer().contentType(ContentType.JSON).body("{\"resultDate\": \"2024-08-30\", "
                        + "\"recommendedSanction\": \"MORAL_OPEN\"}").when().post(RESULT, id).then()
                .statusCode(400).body("errors.field", hasItem("resultNumber"));
        Callers.asOfficer().contentType(ContentType.JSON).body("{\"resultNumber\": \"R-1\", \"resultDate\": \"kemarin\", "
                + "\"recommendedSanction\": \"MORAL_OPEN\"}").when().post(RESULT, id).then().statusCode(400)
                .contentType("application/problem+json");
        Callers.as(Roles.PPK).contentType(ContentType.JSON).body(body("R-1/KASN/2024", "2024-08-30", "MORAL_OPEN"))
                .when().post(RESULT, id).then().statusCode(403);
        result(UUID.randomUUID().toString(), "R-1/KASN/2024", "2024-08-30", "MORAL_OPEN").statusCode(404);

        Callers.asOfficer().when().get(GET, id).then()
                .body("handOff.bodyResult", nullValue())
                .body("handOff.ppkActsOn", equalTo("NETRAL_DRAFT"))
                .body("history.action", not(hasItem("BODY_RESULT")));
        assertThat(topics.events(Topics.SANCTIONS, reportId.toString()))
                .noneMatch(e -> e.type() == EventType.BODY_RESULT_RECORDED);

        result(id, "R-1/KASN/2024", "2024-08-22", "MORAL_OPEN").statusCode(200)
                .body("handOff.bodyResult.body", equalTo("KASN"))
                .body("handOff.ppkActsOnText", containsString("Komisi Aparatur Sipil Negara (KASN)"));
    }

    private static ValidatableResponse result(String id, String number, String date, String sanction) {
        return Callers.asOfficer().contentType(ContentType.JSON).body(body(number, date, sanction))
                .when().post(RESULT, id).then();
    }

    private static String body(String number, String date, String sanction) {
        return "{\"resultNumber\": \"" + number + "\", \"resultDate\": \"" + date + "\", \"recommendedSanction\": \""
                + sanction + "\"}";
    }

    private static EventEnvelope forwarded(UUID reportId, String on, String receiver, String channel) {
        return new EventEnvelope(UUID.randomUUID(), EventType.STUDY_FORWARDED, "/netral/report-service",
                reportId.toString(), Instant.now(), reportId.toString(), EventJson.write(new StudyForwarded(reportId,
                LocalDate.parse(on), "112/PP.01.02/K.NT-12/10/2024", "Ketua Bawaslu Kota Kupang", receiver, channel,
                "verifikator-1", Instant.now())));
    }
}

package id.netral.report;

import id.netral.events.BodyResultRecorded;
import id.netral.events.EventEnvelope;
import id.netral.events.EventJson;
import id.netral.events.EventType;
import id.netral.events.StudyForwarded;
import id.netral.events.Topics;
import id.netral.infra.EmbeddedInfraResource;
import id.netral.infra.TopicClient;
import id.netral.events.access.Roles;
import id.netral.report.handoff.HandOffSettings;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Bawaslu's forwarding of its study to KASN or BKN as a step of the case, its export, and the body's result. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "report"))
class HandOffTest {
    private static final String LETTER = "112/PP.01.02/K.NT-12/10/2024";
    private final TopicClient topics = new TopicClient(EmbeddedInfraResource.bootstrapServers());

    @Inject
    HandOffSettings settings;

    @Test
    void theForwardingDayDecidesKasnOrBknAsConfigured() {
        assertThat(settings.bknFrom()).isEqualTo(LocalDate.of(2024, 8, 24));
        assertThat(settings.receiverOn(LocalDate.of(2024, 1, 10))).isEqualTo(ExaminingBody.KASN);
        assertThat(settings.receiverOn(LocalDate.of(2024, 8, 23))).isEqualTo(ExaminingBody.KASN);
        assertThat(settings.receiverOn(LocalDate.of(2024, 8, 24))).isEqualTo(ExaminingBody.BKN);
        assertThat(settings.sbtFieldListStatus()).contains("UNCONFIRMED");
    }

    @Test
    void aVerifiedCaseIsForwardedOnceAndTheStepGoesOutAsAnEvent() {
        UUID id = SampleReports.submit(SampleReports.gasTaglinePost());
        SampleReports.verify(id, "D2");
        LocalDate today = SampleReports.today();

        SampleReports.asVerifier().contentType(ContentType.JSON).body(forwarding(today))
                .when().post("/api/v1/reports/{id}/forwarding", id)
                .then().statusCode(200)
                .body("forwarding.receiver", equalTo("BKN"))
                .body("forwarding.receiverText", equalTo("Badan Kepegawaian Negara (BKN), melalui aplikasi SBT BKN "
                        + "(Sistem Berbagi Terintegrasi)"))
                .body("forwarding.letterNumber", equalTo(LETTER))
                .body("forwarding.forwardedBy", equalTo("Ketua Bawaslu Kota Kupang"))
                .body("forwarding.recordedBy", equalTo("verifier-user"))
                .body("timeline.find { it.step == 'STUDY_FORWARDED' }.label",
                        equalTo("Kajian Bawaslu diteruskan kepada KASN atau BKN"))
                .body("timeline.find { it.step == 'STUDY_FORWARDED' }.detail", containsString(
                        "Kepada Badan Kepegawaian Negara (BKN) melalui aplikasi SBT BKN"))
                .body("timeline.find { it.step == 'STUDY_FORWARDED' }.detail", not(containsString(today.toString())));

        StudyForwarded event = await().atMost(Duration.ofSeconds(20))
                .until(() -> topics.events(Topics.REPORTS, id.toString()).stream()
                        .filter(e -> e.type() == EventType.STUDY_FORWARDED).toList(), list -> list.size() == 1)
                .get(0).payload(StudyForwarded.class);
        assertThat(event.receiver()).isEqualTo("BKN");
        assertThat(event.channel()).isEqualTo("SBT");
        assertThat(event.forwardedOn()).isEqualTo(today);
        assertThat(event.letterNumber()).isEqualTo(LETTER);

        SampleReports.asVerifier().contentType(ContentType.JSON).body(forwarding(today))
                .when().post("/api/v1/reports/{id}/forwarding", id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("already forwarded"));
        SampleReports.asPartner().when().get("/api/v1/reports/{id}", id).then().statusCode(200)
                .body("forwarding", nullValue())
                .body("timeline.step", hasItem("STUDY_FORWARDED"));
    }

    @Test
    void aForwardingThatCannotBeIsRefusedAndChangesNothing() {
        UUID registered = SampleReports.submit(SampleReports.gasTaglinePost());
        SampleReports.asVerifier().contentType(ContentType.JSON).body(forwarding(SampleReports.today()))
                .when().post("/api/v1/reports/{id}/forwarding", registered)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("only of a verified case"));
        SampleReports.asVerifier().when().get("/api/v1/reports/{id}", registered).then()
                .body("forwarding", nullValue()).body("timeline.step", not(hasItem("STUDY_FORWARDED")));

        UUID id = SampleReports.submit(SampleReports.gasTaglinePost());
        SampleReports.verify(id, "D2");
        refused(id, forwarding(SampleReports.today().plusDays(1)), "forwardedOn", "must not be in the future");
        refused(id, forwarding(SampleReports.today().minusDays(1)), "forwardedOn",
                "must not be before the verification (" + SampleReports.today() + ")");
        Map<String, Object> noLetter = forwarding(SampleReports.today());
        noLetter.remove("letterNumber");
        refused(id, noLetter, "letterNumber", "is required: the number of Bawaslu's forwarding letter");
        Map<String, Object> control = forwarding(SampleReports.today());
        control.put("forwardedBy", "Ketua\u0000Bawaslu");
        SampleReports.asVerifier().contentType(ContentType.JSON).body(control)
                .when().post("/api/v1/reports/{id}/forwarding", id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("forwardedBy"));
        SampleReports.asVerifier().contentType(ContentType.JSON).body("{\"forwardedOn\": \"kemarin\"}")
                .when().post("/api/v1/reports/{id}/forwarding", id)
                .then().statusCode(400).contentType("application/problem+json");
        SampleReports.asPartner().contentType(ContentType.JSON).body(forwarding(SampleReports.today()))
                .when().post("/api/v1/reports/{id}/forwarding", id).then().statusCode(403);
        SampleReports.asVerifier().contentType(ContentType.JSON).body(forwarding(SampleReports.today()))
                .when().post("/api/v1/reports/{id}/forwarding", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");

        SampleReports.asVerifier().when().get("/api/v1/reports/{id}", id).then()
                .body("forwarding", nullValue()).body("timeline.step", not(hasItem("STUDY_FORWARDED")));
        assertThat(topics.events(Topics.REPORTS, id.toString()))
                .noneMatch(e -> e.type() == EventType.STUDY_FORWARDED);
    }

    @Test
    void theExportHasTheCaseInTheChannelsShapeAndNeverTheReporter() {
        Map<String, Object> body = SampleReports.gasTaglinePost();
        SampleReports.part(body, "incident").put("description", "Unggahan <script>alert(1)</script> 'Gas'");
        String nip = (String) SampleReports.part(body, "accused").get("employeeId");
        UUID id = SampleReports.submit(body);
        SampleReports.asVerifier().when().get("/api/v1/reports/{id}/hand-off", id)
                .then().statusCode(409).contentType("application/problem+json");
        SampleReports.verify(id, "D2");

        String json = SampleReports.asVerifier().accept(ContentType.JSON)
                .when().get("/api/v1/reports/{id}/hand-off", id)
                .then().statusCode(200)
                .body("category", equalTo("Netralitas ASN"))
                .body("fieldListStatus", containsString("UNCONFIRMED"))
                .body("reportedPerson.idKind", equalTo("NIP"))
                .body("reportedPerson.employeeId", equalTo(nip))
                .body("reportedPerson.employment", equalTo("Pegawai Negeri Sipil (PNS)"))
                .body("reportedPerson.agency", equalTo("Pemerintah Kota Kupang"))
                .body("incident.election", equalTo("Pilkada Serentak 2024"))
                .body("incident.kelurahan", equalTo("Oebufu"))
                .body("incident.kecamatan", equalTo("Oebobo"))
                .body("finding.violation", containsString("D2 – "))
                .body("evidence.url", hasItem("https://facebook.example/post/123"))
                .body("forwarding", nullValue())
                .extract().asString();
        assertThat(json).doesNotContain(SampleReports.REPORTER_NAME, SampleReports.REPORTER_CONTACT,
                SampleReports.REPORTER_NIK, "DISCIPLINE", "PILKADA-2024");

        SampleReports.asVerifier().contentType(ContentType.JSON).body(forwarding(SampleReports.today()))
                .when().post("/api/v1/reports/{id}/forwarding", id).then().statusCode(200);
        String page = SampleReports.asVerifier().accept(ContentType.HTML)
                .when().get("/api/v1/reports/{id}/hand-off", id)
                .then().statusCode(200).contentType(containsString("text/html"))
                .extract().asString();
        assertThat(page).contains("Berkas penerusan kasus netralitas ASN", "Badan Kepegawaian Negara (BKN)", LETTER,
                "BELUM DIKONFIRMASI", "&lt;script&gt;", "Identitas pelapor tidak disertakan")
                .doesNotContain("<script>", SampleReports.REPORTER_NAME, SampleReports.REPORTER_NIK);

        SampleReports.asPartner().when().get("/api/v1/reports/{id}/hand-off", id).then().statusCode(403);
        SampleReports.as(Roles.OPD_HEAD).when().get("/api/v1/reports/{id}/hand-off", id).then().statusCode(403);
        SampleReports.as(Roles.AUDITOR).queryParam("recordId", id.toString()).when().get("/api/v1/audit/page")
                .then().statusCode(200)
                .body("items.findAll { it.action == 'report.handoff.exported' }.size()", equalTo(2))
                .body("items.action", hasItem("report.study.forwarded"));
    }

    @Test
    void theBodysResultReachesTheTimelineSayingWhichOneThePpkActsOn() {
        UUID id = SampleReports.submit(SampleReports.gasTaglinePost());
        SampleReports.verify(id, "D2");
        topics.publish(new EventEnvelope(UUID.randomUUID(), EventType.BODY_RESULT_RECORDED, "/netral/sanction-service",
                id.toString(), Instant.now(), id.toString(), EventJson.write(new BodyResultRecorded(UUID.randomUUID(),
                id, "BKN", "LHP-0451/2024", LocalDate.of(2024, 10, 18), "B2",
                "pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 bulan", "B1", "officer-1",
                Instant.now()))));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                SampleReports.asVerifier().when().get("/api/v1/reports/{id}", id).then()
                        .body("timeline.find { it.step == 'BODY_RESULT_RECORDED' }.detail", equalTo(
                                "Hasil Badan Kepegawaian Negara (BKN) nomor LHP-0451/2024 tanggal 18 Oktober 2024: "
                                        + "sanksi yang direkomendasikan pembebasan dari jabatannya menjadi jabatan "
                                        + "pelaksana selama 12 bulan. PPK kini menindaklanjuti hasil Badan "
                                        + "Kepegawaian Negara (BKN); rancangan rekomendasi Netral tetap tercatat "
                                        + "sebagai pembanding"))
                        .body("timeline.find { it.step == 'BODY_RESULT_RECORDED' }.label",
                                equalTo("Hasil pemeriksaan KASN atau BKN diterima dan dicatat")));
    }

    private static void refused(UUID id, Map<String, Object> body, String field, String message) {
        SampleReports.asVerifier().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/reports/{id}/forwarding", id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.find { it.field == '" + field + "' }.message", equalTo(message));
    }

    private static Map<String, Object> forwarding(LocalDate on) {
        return new HashMap<>(Map.of("forwardedOn", on.toString(), "letterNumber", LETTER,
                "forwardedBy", "Ketua Bawaslu Kota Kupang"));
    }
}

package id.netral.report;

import id.netral.events.EventType;
import id.netral.events.ReportScreened;
import id.netral.events.Topics;
import id.netral.events.access.Roles;
import id.netral.infra.Callers;
import id.netral.infra.EmbeddedInfraResource;
import id.netral.infra.TopicClient;
import id.netral.report.screening.WorkingCalendar;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** Screening (window, requirements, duplicates), the verification workflow and the verifiers' work lists. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "report"))
class ScreeningAndWorklistTest {
    @Inject
    AgroalDataSource dataSource;

    private final TopicClient topics = new TopicClient(EmbeddedInfraResource.bootstrapServers());

    @Test
    void aReportOnTheSeventhDayIsRegisteredAndOnTheEighthIsNot() {
        Map<String, Object> daySeven = SampleReports.gasTaglinePost();
        SampleReports.part(daySeven, "incident").put("date", SampleReports.today().minusDays(9).toString());
        SampleReports.part(daySeven, "incident").put("knownDate", SampleReports.today().minusDays(7).toString());
        UUID onTime = SampleReports.submit(daySeven);

        Map<String, Object> dayEight = SampleReports.gasTaglinePost();
        SampleReports.part(dayEight, "incident").put("date", SampleReports.today().minusDays(9).toString());
        SampleReports.part(dayEight, "incident").put("knownDate", SampleReports.today().minusDays(8).toString());
        UUID late = SampleReports.submit(dayEight);

        SampleReports.asVerifier().when().get("/api/v1/reports/{id}", onTime).then()
                .body("status", equalTo("REGISTERED"));
        SampleReports.asVerifier().when().get("/api/v1/reports/{id}", late).then()
                .body("status", equalTo("NOT_REGISTERED"))
                .body("screening.reasons[0]", containsString("melewati batas waktu"))
                .body("screening.reasons[0]", containsString("batas 7 hari berakhir "
                        + SampleReports.today().minusDays(1)));

        ReportScreened screened = await().atMost(Duration.ofSeconds(20))
                .until(() -> topics.events(Topics.REPORTS, late.toString()).stream()
                        .filter(e -> e.type() == EventType.REPORT_SCREENED).toList(), list -> !list.isEmpty())
                .get(0).payload(ReportScreened.class);
        assertThat(screened.outcome()).isEqualTo("NOT_REGISTERED");
        assertThat(screened.reasons()).singleElement().asString().contains("melewati batas waktu");

        SampleReports.asVerifier().contentType(ContentType.JSON)
                .body(Map.of("decision", "VERIFIED", "violationKind", "D2"))
                .when().post("/api/v1/reports/{id}/verification", late)
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aPaperReportIsOnTimeByTheDayBawasluReceivedItNotTheDayItWasTypedIn() {
        // known 10 days ago: a Pilkada report's 7 calendar days ended 3 days ago; Bawaslu had it 4 days ago
        Map<String, Object> body = SampleReports.gasTaglinePost();
        SampleReports.part(body, "incident").put("date", SampleReports.today().minusDays(11).toString());
        SampleReports.part(body, "incident").put("knownDate", SampleReports.today().minusDays(10).toString());
        String receivedOn = SampleReports.today().minusDays(4).toString();
        body.put("received", Map.of("on", receivedOn, "vouchedBy", "Leonardus L. Liwun, tanda terima 012/LP"));
        UUID onPaper = SampleReports.submit(body);

        SampleReports.asVerifier().when().get("/api/v1/reports/{id}", onPaper).then()
                .body("status", equalTo("REGISTERED"))
                .body("incident.received.on", equalTo(receivedOn))
                .body("incident.received.vouchedBy", equalTo("Leonardus L. Liwun, tanda terima 012/LP"));

        // received the day after the window closed: late, and the reason names the day Bawaslu received it
        Map<String, Object> late = SampleReports.gasTaglinePost();
        SampleReports.part(late, "incident").put("date", SampleReports.today().minusDays(11).toString());
        SampleReports.part(late, "incident").put("knownDate", SampleReports.today().minusDays(10).toString());
        late.put("received", Map.of("on", SampleReports.today().minusDays(2).toString(), "vouchedBy", "Petugas PTSP"));
        UUID lateOne = SampleReports.submit(late);
        SampleReports.asVerifier().when().get("/api/v1/reports/{id}", lateOne).then()
                .body("status", equalTo("NOT_REGISTERED"))
                .body("screening.reasons[0]", containsString("diterima Bawaslu " + SampleReports.today().minusDays(2)));
    }

    @ParameterizedTest(name = "received {0}: {1} {2}")
    @CsvSource({
            "'{\"on\": \"TOMORROW\", \"vouchedBy\": \"Petugas PTSP\"}', received.on, must not be in the future",
            "'{\"on\": \"BEFORE_ACT\", \"vouchedBy\": \"Petugas PTSP\"}', received.on, must not be before the day of the act",
            "'{\"on\": \"YESTERDAY\"}', received.vouchedBy, must not be blank",
            "'{\"on\": \"YESTERDAY\", \"vouchedBy\": \" \"}', received.vouchedBy, must not be blank",
            "'{\"vouchedBy\": \"Petugas PTSP\"}', received.on, must not be null",
            "'{\"on\": \"kemarin\", \"vouchedBy\": \"Petugas PTSP\"}', received.on, "})
    void aReceivedDayInTheFutureBeforeTheActOrWithNobodyVouchingIsRefusedAndNothingIsStored(String received,
                                                                                           String field,
                                                                                           String message) {
        Map<String, Object> body = SampleReports.gasTaglinePost();
        String json;
        try {
            json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        json = json.substring(0, json.length() - 1) + ", \"received\": " + received
                .replace("TOMORROW", SampleReports.today().plusDays(1).toString())
                .replace("BEFORE_ACT", SampleReports.today().minusDays(3).toString())
                .replace("YESTERDAY", SampleReports.today().minusDays(1).toString()) + "}";
        long before = ReportSubmissionTest.reportCount();

        var response = SampleReports.asPartner().contentType(ContentType.JSON).body(json)
                .when().post("/api/v1/reports")
                .then().statusCode(400).contentType("application/problem+json");
        if (message != null) {
            response.body("errors.find { it.field == '" + field + "' }.message", equalTo(message));
        } else {
            response.body("errors.field", hasItem(field));
        }
        assertThat(ReportSubmissionTest.reportCount()).isEqualTo(before);
    }

    @Test
    void theVerifiersDeadlineIsTheElectionsAndAQuestionExtendsItAsTheLawSays() {
        WorkingCalendar calendar = new WorkingCalendar(Optional.empty(), Clock.system(ZoneId.of("Asia/Makassar")));
        LocalDate today = SampleReports.today();
        // Pilkada: 3 days, 2 more when the reporter is asked for more (Pilkada law Pasal 134)
        UUID pilkada = SampleReports.submit(SampleReports.gasTaglinePost());
        SampleReports.asVerifier().when().get("/api/v1/reports/{id}", pilkada).then()
                .body("verification.decisionDue", equalTo(today.plusDays(3).toString()));
        askForMore(pilkada).body("verification.decisionDue", equalTo(today.plusDays(5).toString()));

        // Pemilu: 7 days, up to 14 working days when more information is needed (UU 7/2017 Pasal 454(7)-(8))
        Map<String, Object> body = SampleReports.gasTaglinePost();
        SampleReports.part(body, "incident").put("electionId", "PEMILU-2024");
        UUID pemilu = SampleReports.submit(body);
        SampleReports.asVerifier().when().get("/api/v1/reports/{id}", pemilu).then()
                .body("verification.decisionDue", equalTo(today.plusDays(7).toString()));
        askForMore(pemilu).body("verification.decisionDue", equalTo(calendar.lastDay(today, 14,
                WorkingCalendar.DayCount.WORKING_DAYS).toString()));
    }

    private static io.restassured.response.ValidatableResponse askForMore(UUID report) {
        return SampleReports.asVerifier().contentType(ContentType.JSON)
                .body(Map.of("decision", "NEEDS_INFO", "note", "Kapan foto itu diunggah?"))
                .when().post("/api/v1/reports/{id}/verification", report).then().statusCode(200);
    }

    @Test
    void eachMissingRequirementIsAReasonAndAnAnonymousTipIsKeptAsInformation() {
        Map<String, Object> body = SampleReports.gasTaglinePost();
        body.remove("reporter");
        body.remove("evidence");
        UUID id = SampleReports.submit(body);

        SampleReports.asVerifier().when().get("/api/v1/reports/{id}", id).then()
                .body("status", equalTo("NOT_REGISTERED"))
                .body("screening.reasons", hasSize(2))
                .body("screening.reasons[0]", containsString("temuan"))
                .body("screening.reasons[1]", containsString("bukti"));
        SampleReports.asVerifier().when().get("/api/v1/reports/{id}/reporter", id).then()
                .statusCode(200).body("name", nullValue());
    }

    @Test
    void aSecondReportOfTheSameActIsLinkedToTheFirst() {
        Map<String, Object> body = SampleReports.gasTaglinePost();
        UUID first = SampleReports.submit(body);
        SampleReports.part(body, "reporter").put("name", "Pelapor Kedua");
        UUID second = SampleReports.submit(body);

        SampleReports.asVerifier().when().get("/api/v1/reports/{id}", second).then()
                .body("status", equalTo("DUPLICATE"))
                .body("screening.duplicateOf", equalTo(first.toString()));
        SampleReports.asVerifier().when().get("/api/v1/reports/{id}", first).then()
                .body("status", equalTo("REGISTERED"))
                .body("timeline.step", hasItem("DUPLICATE_LINKED"));
        SampleReports.asVerifier().contentType(ContentType.JSON)
                .body(Map.of("decision", "VERIFIED", "violationKind", "D2"))
                .when().post("/api/v1/reports/{id}/verification", second)
                .then().statusCode(409);
        SampleReports.asVerifier().contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/reports/{id}/assignment", second)
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aCaseListsTheReportsLinkedToItAndThoseAboutTheSameAccusedOnAnotherDay() {
        Map<String, Object> body = SampleReports.gasTaglinePost();
        UUID first = SampleReports.submit(body);
        SampleReports.part(body, "reporter").put("name", "Pelapor Kedua");
        UUID linked = SampleReports.submit(body);
        SampleReports.part(body, "incident").put("date", SampleReports.today().minusDays(3).toString());
        UUID anotherDay = SampleReports.submit(body);
        UUID stranger = SampleReports.submit(SampleReports.gasTaglinePost());

        SampleReports.asVerifier().when().get("/api/v1/reports/{id}/duplicates", first).then().statusCode(200)
                .body("items.id", contains(linked.toString(), anotherDay.toString()))
                .body("items.relation", contains("LINKED", "SAME_ACCUSED"))
                .body("items[0].status", equalTo("DUPLICATE"))
                .body("items[1].incidentDate", equalTo(SampleReports.today().minusDays(3).toString()))
                .body("total", equalTo(2));
        SampleReports.as(Roles.AUDITOR).when().get("/api/v1/reports/{id}/duplicates", linked).then().statusCode(200)
                .body("items.id", contains(first.toString(), anotherDay.toString()))
                .body("items.relation", contains("DUPLICATE_OF", "SAME_ACCUSED"))
                .body("items[0].accusedName", equalTo("Yohanes Bria"));
        SampleReports.asVerifier().queryParam("size", 1).queryParam("page", 1)
                .when().get("/api/v1/reports/{id}/duplicates", linked).then().statusCode(200)
                .body("items.id", contains(anotherDay.toString())).body("total", equalTo(2));
        SampleReports.asVerifier().when().get("/api/v1/reports/{id}/duplicates", stranger).then().statusCode(200)
                .body("items", hasSize(0)).body("total", equalTo(0));
        SampleReports.asPartner().when().get("/api/v1/reports/{id}/duplicates", first).then().statusCode(403);
        SampleReports.asVerifier().when().get("/api/v1/reports/{id}/duplicates", UUID.randomUUID()).then()
                .statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aWomansNikCarriesHerBirthDayPlusForty() {
        Map<String, Object> woman = SampleReports.gasTaglinePost();
        SampleReports.part(woman, "reporter").put("nik", "5371045203950007");
        SampleReports.submit(woman);

        Map<String, Object> impossible = SampleReports.gasTaglinePost();
        SampleReports.part(impossible, "reporter").put("nik", "5371043203950007");
        SampleReports.asPartner().contentType(ContentType.JSON).body(impossible).when().post("/api/v1/reports")
                .then().statusCode(400)
                .body("errors.find { it.field == 'reporter.nik' }.message",
                        equalTo("digits 7-12 must be the birth date DDMMYY (40 added to the day for women)"));
    }

    @Test
    void theReporterAnswersTheVerifiersQuestionThroughTheTrackingCode() {
        UUID id = SampleReports.submit(SampleReports.gasTaglinePost());
        String code = SampleReports.asVerifier().when().get("/api/v1/reports/{id}", id).then()
                .extract().path("trackingCode");
        SampleReports.asVerifier().contentType(ContentType.JSON)
                .body(Map.of("decision", "NEEDS_INFO", "note", "Pukul berapa unggahan itu dibuat?"))
                .when().post("/api/v1/reports/{id}/verification", id).then().statusCode(200);

        given().when().get("/api/v1/tracking/{code}", code).then()
                .body("status", equalTo("NEEDS_INFO"))
                .body("question", equalTo("Pukul berapa unggahan itu dibuat?"));
        given().contentType(ContentType.JSON).body(Map.of("answer", " "))
                .when().post("/api/v1/tracking/{code}/information", code)
                .then().statusCode(400).body("errors[0].field", equalTo("answer"));
        given().contentType(ContentType.JSON).body(Map.of("answer", "Sekitar pukul 20.00 WITA"))
                .when().post("/api/v1/tracking/{code}/information", code).then().statusCode(204);
        given().contentType(ContentType.JSON).body(Map.of("answer", "Lagi"))
                .when().post("/api/v1/tracking/{code}/information", code).then().statusCode(409);

        SampleReports.asVerifier().when().get("/api/v1/reports/{id}", id).then()
                .body("status", equalTo("REGISTERED"))
                .body("information[0].answer", equalTo("Sekitar pukul 20.00 WITA"))
                .body("timeline.step", contains("SUBMITTED", "REGISTERED", "NEEDS_INFO", "INFO_ADDED"));
        given().when().get("/api/v1/tracking/{code}", code).then().body("question", nullValue());
    }

    @Test
    void verifiersFilterSortAndPageTheirWorkAndSeeWhatIsOverdue() throws Exception {
        String opd = "UJI-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        UUID older = submitFor(opd);
        UUID newer = submitFor(opd);
        Map<String, Object> lateOne = SampleReports.gasTaglinePost();
        SampleReports.part(lateOne, "accused").put("opdCode", opd);
        SampleReports.part(lateOne, "incident").put("knownDate", SampleReports.today().minusDays(1).toString());
        SampleReports.part(lateOne, "incident").put("date", SampleReports.today().minusDays(30).toString());
        lateOne.remove("evidence");
        SampleReports.submit(lateOne);

        SampleReports.asVerifier().contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/reports/{id}/assignment", newer)
                .then().statusCode(200).body("verification.assignedTo", equalTo("verifier-user"));
        // time passes: the older case's decision day is behind us
        try (Connection connection = dataSource.getConnection();
             PreparedStatement due = connection.prepareStatement(
                     "UPDATE report SET decision_due = current_date - 1 WHERE id = ?")) {
            due.setObject(1, older);
            due.executeUpdate();
        }

        SampleReports.asVerifier().queryParam("opdCode", opd).queryParam("status", "REGISTERED")
                .queryParam("sort", "submittedAt,asc").queryParam("size", 1)
                .when().get("/api/v1/reports").then().statusCode(200)
                .body("total", equalTo(2)).body("items", hasSize(1))
                .body("items[0].id", equalTo(older.toString()));
        SampleReports.asVerifier().queryParam("opdCode", opd).queryParam("overdue", true)
                .when().get("/api/v1/reports").then()
                .body("items.id", contains(older.toString()))
                .body("items[0].overdue", equalTo(true));
        SampleReports.asVerifier().queryParam("opdCode", opd).queryParam("assignedTo", "verifier-user")
                .when().get("/api/v1/reports").then().body("items.id", contains(newer.toString()));
        SampleReports.asVerifier().queryParam("opdCode", opd).when().get("/api/v1/reports/counts").then()
                .body("REGISTERED", equalTo(2)).body("NOT_REGISTERED", equalTo(1)).body("VERIFIED", equalTo(0));
        SampleReports.asVerifier().when().get("/api/v1/reports/{id}", older).then()
                .body("verification.overdue", equalTo(true));

        // a partner app lists only its own reports
        Callers.asPartnerApp("lapor-bridge")
                .queryParam("opdCode", opd).when().get("/api/v1/reports").then().body("total", equalTo(0));
        SampleReports.asPartner().queryParam("opdCode", opd).when().get("/api/v1/reports").then()
                .body("total", equalTo(3));

        SampleReports.asVerifier().queryParam("sort", "reporterName").queryParam("size", 500)
                .queryParam("status", "LOST").when().get("/api/v1/reports").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("size", "sort", "status"));
        SampleReports.as(Roles.PPK).when().get("/api/v1/reports").then().statusCode(403);
    }

    private static UUID submitFor(String opdCode) {
        Map<String, Object> body = SampleReports.gasTaglinePost();
        SampleReports.part(body, "accused").put("opdCode", opdCode);
        return SampleReports.submit(body);
    }
}

package id.netral.report;

import id.netral.events.EventEnvelope;
import id.netral.events.EventType;
import id.netral.events.ReportSubmitted;
import id.netral.events.Topics;
import id.netral.infra.EmbeddedInfraResource;
import id.netral.infra.TopicClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "report"))
class ReportSubmissionTest {

    @Test
    void aValidReportOpensACaseWithATrackingCodeAndAnEventWithoutTheReporter() {
        String id = SampleReports.asPartner().contentType(ContentType.JSON).body(SampleReports.gasTaglinePost())
                .when().post("/api/v1/reports")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/reports/"))
                .body("status", equalTo("REGISTERED"))
                .body("trackingCode", matchesPattern("[2-9A-HJKMNP-TV-Z]{5}-[2-9A-HJKMNP-TV-Z]{5}-[2-9A-HJKMNP-TV-Z]{5}"))
                .extract().path("id");

        SampleReports.asPartner().when().get("/api/v1/reports/{id}", id)
                .then().statusCode(200)
                .body("accused.employeeId", startsWith(SampleReports.NIP_PREFIX))
                .body("incident.kelurahanCode", equalTo("53.71.04.1009"))
                .body("evidence[0].url", equalTo("https://facebook.example/post/123"))
                .body("timeline.step", contains("SUBMITTED", "REGISTERED"))
                // Pilkada: the verifier decides within 3 days of registration (Pilkada law Pasal 134)
                .body("verification.decisionDue", equalTo(SampleReports.today().plusDays(3).toString()))
                .body(not(containsString(SampleReports.REPORTER_NAME)))
                .body(not(containsString(SampleReports.REPORTER_CONTACT)))
                .body(not(containsString(SampleReports.REPORTER_NIK)));

        TopicClient topics = new TopicClient(EmbeddedInfraResource.bootstrapServers());
        List<EventEnvelope> events = await().atMost(Duration.ofSeconds(20))
                .until(() -> topics.events(Topics.REPORTS, id), list -> !list.isEmpty());
        EventEnvelope submitted = events.get(0);
        assertThat(submitted.type()).isEqualTo(EventType.REPORT_SUBMITTED);
        assertThat(submitted.source()).isEqualTo("/netral/report-service");
        assertThat(submitted.subject()).isEqualTo(id);
        assertThat(submitted.payload(ReportSubmitted.class).opdCode()).isEqualTo("DISPERKIM");
        assertThat(submitted.payloadJson()).doesNotContain(SampleReports.REPORTER_NAME, SampleReports.REPORTER_CONTACT,
                SampleReports.REPORTER_NIK);
    }

    @Test
    void aPttWithoutAnEmployeeNumberCanBeReported() {
        Map<String, Object> body = SampleReports.gasTaglinePost();
        SampleReports.part(body, "accused").remove("employeeId");
        SampleReports.part(body, "accused").put("employmentType", "NON_ASN");

        SampleReports.asPartner().contentType(ContentType.JSON).body(body).when().post("/api/v1/reports")
                .then().statusCode(201);
    }

    @ParameterizedTest(name = "NIP {0}: {1}")
    @CsvSource({
            "19860926201505100, must be 18 digits",
            "19861326201505100A, must be 18 digits",
            "198602302015051001, digits 1-8 must be a real birth date (YYYYMMDD)",
            "198609262015131001, digits 9-14 must be the appointment year and month (YYYYMM)",
            "198609261985051001, the appointment month (digits 9-14) must come after the birth date",
            "198609262015053001, digit 15 (sex) must be 1 or 2",
            "198609262015051000, the sequence (digits 16-18) starts at 001"})
    void aNipThatBreaksItsStructureIsRefusedByName(String nip, String message) {
        Map<String, Object> body = SampleReports.gasTaglinePost();
        SampleReports.part(body, "accused").put("employeeId", nip);

        assertRefused(body, "accused.employeeId", message);
    }

    @Test
    void aPnsWithoutANipIsRefused() {
        Map<String, Object> body = SampleReports.gasTaglinePost();
        SampleReports.part(body, "accused").remove("employeeId");

        assertRefused(body, "accused.employeeId", "is required for PNS (NIP or NI PPPK)");
    }

    @Test
    void incidentFieldsAreCheckedAgainstKupangAndTheElectionCalendar() {
        Map<String, Object> unknownPlace = SampleReports.gasTaglinePost();
        SampleReports.part(unknownPlace, "incident").put("kelurahanCode", "53.71.07.1001");
        assertRefused(unknownPlace, "incident.kelurahanCode", "is not a kelurahan of Kota Kupang");

        Map<String, Object> unknownElection = SampleReports.gasTaglinePost();
        SampleReports.part(unknownElection, "incident").put("electionId", "PILPRES-2029");
        assertRefused(unknownElection, "incident.electionId", "must be one of [PEMILU-2024, PILKADA-2024]");

        String tomorrow = LocalDate.now(ZoneId.of("Asia/Makassar")).plusDays(1).toString();
        Map<String, Object> future = SampleReports.gasTaglinePost();
        SampleReports.part(future, "incident").put("knownDate", tomorrow);
        assertRefused(future, "incident.knownDate", "must not be in the future");

        Map<String, Object> knownBeforeAct = SampleReports.gasTaglinePost();
        SampleReports.part(knownBeforeAct, "incident").put("knownDate", SampleReports.today().minusDays(3).toString());
        assertRefused(knownBeforeAct, "incident.knownDate", "must not be before the day of the act");
    }

    @Test
    void everyMissingFieldIsNamedInOneAnswer() {
        Map<String, Object> body = SampleReports.gasTaglinePost();
        SampleReports.part(body, "reporter").remove("name");
        SampleReports.part(body, "accused").remove("opdCode");
        SampleReports.part(body, "incident").remove("description");
        body.put("evidence", List.of(Map.of("url", "ftp://nope")));

        long before = reportCount();
        SampleReports.asPartner().contentType(ContentType.JSON).body(body).when().post("/api/v1/reports")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("reporter.name"))
                .body("errors.field", hasItem("accused.opdCode"))
                .body("errors.field", hasItem("incident.description"))
                .body("errors.field", hasItem("evidence[0].url"));
        assertThat(reportCount()).isEqualTo(before);
    }

    @Test
    void malformedJsonAndWrongTypesGetAProblemAnswer() {
        SampleReports.asPartner().contentType(ContentType.JSON).body("{\"reporter\": ").when().post("/api/v1/reports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400));

        Map<String, Object> body = SampleReports.gasTaglinePost();
        SampleReports.part(body, "accused").put("employmentType", "HONORER");
        SampleReports.asPartner().contentType(ContentType.JSON).body(body).when().post("/api/v1/reports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("accused.employmentType"));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstCaseAndADifferentBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = SampleReports.gasTaglinePost();
        long before = reportCount();

        String first = SampleReports.asPartner().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/reports").then().statusCode(201)
                .header("Idempotent-Replayed", "false").extract().path("trackingCode");
        SampleReports.asPartner().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/reports").then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("trackingCode", equalTo(first));

        SampleReports.part(body, "accused").put("name", "Orang Lain");
        SampleReports.asPartner().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/reports").then().statusCode(409)
                .contentType("application/problem+json")
                .body("title", equalTo("Idempotency-Key reused"));

        assertThat(reportCount()).isEqualTo(before + 1);
    }

    @Test
    void anUnknownCaseIsAProblem() {
        SampleReports.asPartner().when().get("/api/v1/reports/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        SampleReports.asPartner().when().get("/api/v1/reports/not-a-uuid")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static void assertRefused(Map<String, Object> body, String field, String message) {
        long before = reportCount();
        SampleReports.asPartner().contentType(ContentType.JSON).body(body).when().post("/api/v1/reports")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.find { it.field == '" + field + "' }.message", equalTo(message));
        assertThat(reportCount()).isEqualTo(before);
    }

    static long reportCount() {
        return QuarkusTransaction.requiringNew().call(() -> Report.count());
    }
}

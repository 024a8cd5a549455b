package id.netral.report;

import id.netral.infra.EmbeddedInfraResource;
import id.netral.kit.paging.PageRequest;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Whatever a caller sends, the answer is a problem naming what is wrong, or a conflict: never a 500. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "report"))
class BadInputTest {
    @ParameterizedTest
    @CsvSource({"page=2147483647, page", "page=2147483647&size=100, page", "size=99999999999, size",
            "size=201, size", "size=0, size", "page=99999999999, page", "page=ten, page", "from=-999999999-01-01, from", "to=+999999999-12-31, to"})
    void aWorkListPageOrDayOutOfRangeIsA400NamingIt(String query, String field) {
        SampleReports.asVerifier().when().get("/api/v1/reports?" + query)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
    }

    @Test
    void theLastPageTheDatabaseCanServeIsAnswered() {
        SampleReports.asVerifier().when().get("/api/v1/reports?page=21474836&size=100").then().statusCode(200);
    }

    /** The work list pages like every other list (the kit's PageRequest): 50 rows unless asked, at most 200. */
    @Test
    void aWorkListPageHoldsUpTo200Rows() {
        SampleReports.asVerifier().when().get("/api/v1/reports?size=200").then().statusCode(200)
                .body("size", equalTo(200));
        SampleReports.asVerifier().when().get("/api/v1/reports").then().statusCode(200)
                .body("size", equalTo(50));
        SampleReports.asVerifier().when().get("/api/v1/reports?size=201").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("size"))
                .body("errors[0].message", containsString("200"));
    }

    @Test
    void theOpenApiDocumentDeclaresTheWorkListsPageLimits() {
        Map<String, Object> size = given().when().get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath().getMap("paths.'/api/v1/reports'.get.parameters.find { it.name == 'size' }");
        assertThat(size).extractingByKey("schema").asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("maximum", PageRequest.MAX_SIZE).containsEntry("minimum", 1)
                .containsEntry("default", PageRequest.DEFAULT_SIZE);
        assertThat((String) size.get("description")).contains("200");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0001-01-01", "1900-01-01", "1970-01-01", "-0001-01-01", "2023-12-31"})
    void anActBeforeItsElectionsPeriodIsRefusedNamingTheDay(String day) {
        Map<String, Object> body = SampleReports.gasTaglinePost();
        SampleReports.part(body, "incident").put("date", day);
        long before = ReportSubmissionTest.reportCount();

        SampleReports.asPartner().contentType(ContentType.JSON).body(body).when().post("/api/v1/reports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("incident.date"))
                .body("errors.message", hasItem(containsString("2024-01-01")));
        assertThat(ReportSubmissionTest.reportCount()).isEqualTo(before);
    }

    @ParameterizedTest
    @CsvSource({"reporter, name", "reporter, contact", "accused, name", "accused, position", "incident, description"})
    void aNulInAnyTextIsRefusedNamingTheField(String part, String field) {
        Map<String, Object> body = SampleReports.gasTaglinePost();
        SampleReports.part(body, part).put(field, "Yohanes\u0000Bria");

        SampleReports.asPartner().contentType(ContentType.JSON).body(body).when().post("/api/v1/reports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(part + "." + field));
    }

    @Test
    void aLineBreakIsRefusedInANameAndKeptInADescription() {
        Map<String, Object> named = SampleReports.gasTaglinePost();
        SampleReports.part(named, "accused").put("name", "Yohanes\nBria");
        SampleReports.asPartner().contentType(ContentType.JSON).body(named).when().post("/api/v1/reports")
                .then().statusCode(400).body("errors[0].field", equalTo("accused.name"));

        Map<String, Object> described = SampleReports.gasTaglinePost();
        SampleReports.part(described, "incident").put("description", "Baris satu\r\n\tbaris dua\u0085");
        SampleReports.asPartner().contentType(ContentType.JSON).body(described).when().post("/api/v1/reports")
                .then().statusCode(400).body("errors[0].field", equalTo("incident.description"));
        SampleReports.part(described, "incident").put("description", "Baris satu\r\n\tbaris dua");
        UUID id = SampleReports.submit(described);
        SampleReports.asVerifier().when().get("/api/v1/reports/{id}", id)
                .then().body("incident.description", equalTo("Baris satu\r\n\tbaris dua"));
    }

    @Test
    void aNulInANoteAnAnswerAFilterACodeOrAFileNameIsNever500() {
        UUID id = SampleReports.submit(SampleReports.gasTaglinePost());
        SampleReports.asVerifier().contentType(ContentType.JSON)
                .body(Map.of("decision", "NEEDS_INFO", "note", "Kapan\u0000?"))
                .when().post("/api/v1/reports/{id}/verification", id)
                .then().statusCode(400).body("errors[0].field", equalTo("note"));
        SampleReports.asVerifier().contentType(ContentType.JSON).body(Map.of("verifier", "budi\u0000"))
                .when().post("/api/v1/reports/{id}/assignment", id)
                .then().statusCode(400).body("errors[0].field", equalTo("verifier"));
        SampleReports.asVerifier().contentType(ContentType.JSON)
                .body(Map.of("decision", "NEEDS_INFO", "note", "Kapan foto diunggah?"))
                .when().post("/api/v1/reports/{id}/verification", id).then().statusCode(200);
        String code = SampleReports.asPartner().when().get("/api/v1/reports/{id}", id).then().extract()
                .path("trackingCode");
        given().contentType(ContentType.JSON).body(Map.of("answer", "Pukul 20.00\u0000"))
                .when().post("/api/v1/tracking/{code}/information", code)
                .then().statusCode(400).body("errors[0].field", equalTo("answer"));
        given().when().get("/api/v1/tracking/{code}", "ABCD\u0000").then().statusCode(anyOf(equalTo(404),
                equalTo(400)));
        SampleReports.asVerifier().queryParam("opdCode", "DIS\u0000PERKIM").when().get("/api/v1/reports")
                .then().statusCode(400).body("errors[0].field", equalTo("opdCode"));
        SampleReports.asPartner().contentType("image/png").queryParam("fileName", "foto\u0000.png")
                .body(EvidenceTest.png("x")).when().post("/api/v1/reports/{id}/attachments", id)
                .then().statusCode(400).body("errors[0].field", equalTo("fileName"));
        SampleReports.asVerifier().when().get("/api/v1/reports/{id}", id)
                .then().body("status", equalTo("NEEDS_INFO")).body("information", org.hamcrest.Matchers.empty());
    }

    @Test
    void twoDecisionsAtOnceOnOneCaseGiveOneDecisionAndOneConflict() throws Exception {
        for (int round = 0; round < 5; round++) {
            UUID id = SampleReports.submit(SampleReports.gasTaglinePost());
            List<Integer> statuses = atOnce(
                    () -> decide(id, Map.of("decision", "VERIFIED", "violationKind", "D2")),
                    () -> decide(id, Map.of("decision", "NOT_PROVEN", "note", "Akun bukan milik terlapor")));

            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            List<String> steps = SampleReports.asVerifier().when().get("/api/v1/reports/{id}", id)
                    .then().extract().path("timeline.step");
            assertThat(steps).as("one decision on the timeline").filteredOn(s -> s.equals("VERIFIED")
                    || s.equals("NOT_PROVEN")).hasSize(1);
        }
    }

    @Test
    void twoFirstUsesOfOneIdempotencyKeyAtOnceGetTheSameCase() throws Exception {
        for (int round = 0; round < 5; round++) {
            String key = UUID.randomUUID().toString();
            Map<String, Object> body = SampleReports.gasTaglinePost();
            List<Response> answers = new ArrayList<>();
            atOnce(() -> submit(key, body, answers), () -> submit(key, body, answers));

            assertThat(answers).extracting(Response::statusCode).containsExactly(201, 201);
            assertThat(answers).extracting(r -> r.path("id").toString()).containsOnly(answers.get(0).path("id")
                    .toString());
            assertThat(answers).extracting(r -> r.header("Idempotent-Replayed")).containsExactlyInAnyOrder("true",
                    "false");
        }
    }

    @Test
    void theSamePersonTypedComposedOrDecomposedWithExtraSpacesIsTheSameAccused() {
        String surname = "Bria" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        Map<String, Object> first = nonAsn("Jos\u00e9 " + surname);
        Map<String, Object> again = nonAsn("  Jose\u0301   " + surname + " ");
        again.put("incident", first.get("incident"));

        UUID firstId = SampleReports.submit(first);
        SampleReports.asPartner().contentType(ContentType.JSON).body(again).when().post("/api/v1/reports")
                .then().statusCode(201).body("status", equalTo("DUPLICATE"));
        SampleReports.asVerifier().when().get("/api/v1/reports/{id}", firstId)
                .then().body("accused.name", equalTo("Jos\u00e9 " + surname));
    }

    private static Map<String, Object> nonAsn(String name) {
        Map<String, Object> body = SampleReports.gasTaglinePost();
        Map<String, Object> accused = SampleReports.part(body, "accused");
        accused.put("employmentType", "NON_ASN");
        accused.put("employeeId", "");
        accused.put("name", name);
        return body;
    }

    private static int decide(UUID id, Map<String, String> decision) {
        return SampleReports.asVerifier().contentType(ContentType.JSON).body(decision)
                .when().post("/api/v1/reports/{id}/verification", id).statusCode();
    }

    private static int submit(String key, Map<String, Object> body, List<Response> answers) {
        Response answer = SampleReports.asPartner().header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).when().post("/api/v1/reports");
        synchronized (answers) {
            answers.add(answer);
        }
        return answer.statusCode();
    }

    /** Runs both at the same moment, as two callers would, and gives their HTTP statuses. */
    private static List<Integer> atOnce(Callable<Integer> one, Callable<Integer> other) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (Callable<Integer> call : List.of(one, other)) {
                results.add(threads.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            return statuses;
        } finally {
            threads.shutdown();
        }
    }
}

package id.netral.notification;

import id.netral.events.access.Roles;
import id.netral.infra.Callers;
import id.netral.infra.EmbeddedInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

/** Every list of the service pages the one way (the kit's PageParameters and Page): page, size, X-Total-Count. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "database", value = "notification"), @ResourceArg(name = "smtp", value = "true")})
class ListPagingTest {

    @Test
    void noticesPageAtATimeWithTheTotalInTheHeader() {
        UUID reportId = UUID.randomUUID();
        Notices.deliveredNoticeFor(reportId, "DISPERKIM");
        int total = Notices.of(reportId).getList("$").size();
        assertThat(total).as("the notice to the head and its copies").isGreaterThanOrEqualTo(2);

        List<String> seen = new ArrayList<>();
        for (int page = 0; page < total; page++) {
            seen.addAll(Callers.asOfficer().queryParam("reportId", reportId.toString()).queryParam("size", 1)
                    .queryParam("page", page).when().get("/api/v1/notifications/page").then().statusCode(200)
                    .header("X-Total-Count", String.valueOf(total)).body("total", equalTo(total))
                    .body("page", equalTo(page)).body("size", equalTo(1)).body("items.size()", equalTo(1))
                    .extract().jsonPath().getList("items.id", String.class));
        }
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(
                Notices.of(reportId).getList("id", String.class));
        Callers.asOfficer().queryParam("reportId", reportId.toString()).queryParam("page", total)
                .queryParam("size", 1).when().get("/api/v1/notifications/page").then().statusCode(200)
                .body("items.size()", equalTo(0));
        // the deprecated bare array still answers, with its total in the header
        Callers.asOfficer().queryParam("reportId", reportId.toString()).when().get("/api/v1/notifications")
                .then().statusCode(200).header("X-Total-Count", String.valueOf(total)).body("size()", equalTo(total));
        String notice = seen.get(0);
        Callers.asOfficer().when().get("/api/v1/notifications/{id}/attempts/page", notice).then().statusCode(200)
                .header("X-Total-Count", org.hamcrest.Matchers.notNullValue()).body("page", equalTo(0));
        Callers.asOfficer().when().get("/api/v1/notifications/{id}/follow-ups/page", notice).then().statusCode(200)
                .header("X-Total-Count", "0").body("items.size()", equalTo(0));
    }

    /** The fault: an OPD head listing their own notices with no filter answered 400. */
    @Test
    void anOpdHeadWithoutAFilterSeesOnlyTheNoticesToTheirOwnOffice() {
        String office = "HAL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        String headNip = "19750101200001" + (1000 + ThreadLocalRandom.current().nextInt(9000));
        String email = office.toLowerCase(Locale.ROOT).replace('-', '.') + "@kupangkota.example";
        Callers.as(Roles.ADMIN).contentType(ContentType.JSON).body(Map.of("code", office,
                        "name", "Kantor Uji Halaman", "head", Map.of("name", "Kepala Kantor Uji",
                                "title", "Kepala Kantor Uji Halaman", "email", email, "employeeId", headNip)))
                .when().post("/api/v1/opds").then().statusCode(201);
        List<UUID> cases = List.of(UUID.randomUUID(), UUID.randomUUID());
        cases.forEach(reportId -> Notices.topics().publish(SampleRecommendations.envelope(
                SampleRecommendations.gasTaglinePost(reportId, office))));
        cases.forEach(reportId -> await().atMost(Notices.PATIENCE).until(() -> Notices.of(reportId),
                list -> office.equals(list.getString("find { it.recipientRole == 'OPD_HEAD' }.recipientOffice"))));

        Callers.asOpdHead(office).when().get("/api/v1/notifications/page").then().statusCode(200)
                .header("X-Total-Count", "2").body("total", equalTo(2))
                .body("items.recipientOffice", everyItem(equalTo(office)))
                .body("items.reportId", org.hamcrest.Matchers.containsInAnyOrder(cases.get(0).toString(),
                        cases.get(1).toString()));
        Callers.asOpdHead(office).when().get("/api/v1/notifications").then().statusCode(200)
                .header("X-Total-Count", "2").body("recipientOffice", everyItem(equalTo(office)));
    }

    @Test
    void theDirectoryPagesAtATime() {
        int total = Callers.asOfficer().when().get("/api/v1/opds").then().statusCode(200)
                .extract().jsonPath().getList("$").size();
        Callers.asOfficer().queryParam("size", 2).queryParam("page", 1).when().get("/api/v1/opds/page")
                .then().statusCode(200).header("X-Total-Count", String.valueOf(total)).body("total", equalTo(total))
                .body("items.size()", equalTo(Math.min(2, Math.max(0, total - 2))));
        int recipients = Callers.asOfficer().when().get("/api/v1/standing-recipients").then().statusCode(200)
                .extract().jsonPath().getList("$").size();
        Callers.asOfficer().queryParam("size", 1).when().get("/api/v1/standing-recipients/page").then()
                .statusCode(200).header("X-Total-Count", String.valueOf(recipients)).body("items.size()", equalTo(1));
        int heads = Callers.asOfficer().when().get("/api/v1/opds/{code}/heads", "DISPERKIM").then().statusCode(200)
                .extract().jsonPath().getList("$").size();
        Callers.asOfficer().when().get("/api/v1/opds/{code}/heads/page", "DISPERKIM").then().statusCode(200)
                .header("X-Total-Count", String.valueOf(heads)).body("items.size()", equalTo(heads));
    }

    @ParameterizedTest
    @CsvSource({"/api/v1/notifications/page, size=201, size", "/api/v1/notifications/page, page=-1, page",
            "/api/v1/notifications, size=201, size", "/api/v1/opds/page, size=201, size",
            "/api/v1/standing-recipients/page, page=-1, page", "/api/v1/audit/page, page=-1, page"})
    void aPageOrSizeOutOfRangeIsA400ProblemNamingIt(String list, String query, String field) {
        Callers.as(list.startsWith("/api/v1/audit") ? Roles.AUDITOR : Roles.PERSONNEL_OFFICER)
                .when().get(list + "?" + query)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://netral.id/problems/invalid-request"))
                .body("errors[0].field", equalTo(field));
    }
}

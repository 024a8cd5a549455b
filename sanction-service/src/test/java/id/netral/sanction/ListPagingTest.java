package id.netral.sanction;

import id.netral.events.EmploymentType;
import id.netral.events.access.Roles;
import id.netral.infra.Callers;
import id.netral.infra.EmbeddedInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

/** Every list of the service pages the one way (the kit's PageParameters and Page): page, size, X-Total-Count. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "sanction"))
class ListPagingTest {
    private static final LocalDate CAMPAIGN_DAY = LocalDate.of(2024, 10, 1);

    /** Three cases about staff of an OPD no other test uses, so that the totals are known. */
    private static String opdWithThreeCases(List<String> recommendations) {
        String opd = "HAL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        for (int i = 0; i < 3; i++) {
            recommendations.add(Cases.recommend(Cases.verified(UUID.randomUUID(), "D2", EmploymentType.PNS,
                    Cases.newEmployeeId(), opd, "PILKADA-2024", CAMPAIGN_DAY)));
        }
        return opd;
    }

    @Test
    void recommendationsPageAtATimeWithTheTotalInTheHeader() {
        List<String> made = new ArrayList<>();
        String opd = opdWithThreeCases(made);

        List<String> seen = new ArrayList<>(Callers.asOfficer().queryParam("opdCode", opd).queryParam("size", 2)
                .when().get("/api/v1/recommendations/page").then().statusCode(200)
                .header("X-Total-Count", "3").body("total", equalTo(3)).body("page", equalTo(0))
                .body("size", equalTo(2)).body("items.size()", equalTo(2))
                .extract().jsonPath().getList("items.id", String.class));
        seen.addAll(Callers.asOfficer().queryParam("opdCode", opd).queryParam("size", 2).queryParam("page", 1)
                .when().get("/api/v1/recommendations/page").then().statusCode(200)
                .header("X-Total-Count", "3").body("items.size()", equalTo(1))
                .extract().jsonPath().getList("items.id", String.class));
        assertThat(seen).containsExactlyInAnyOrderElementsOf(made);
        // the deprecated bare array pages the same way, for clients written before the page shape
        Callers.asOfficer().queryParam("opdCode", opd).queryParam("size", 2).when().get("/api/v1/recommendations")
                .then().statusCode(200).header("X-Total-Count", "3").body("size()", equalTo(2));
    }

    /** The fault: an OPD head listing their own OPD's cases with no filter at all. */
    @Test
    void anOpdHeadWithoutAFilterSeesOnlyTheirOwnOpd() {
        List<String> made = new ArrayList<>();
        String opd = opdWithThreeCases(made);
        opdWithThreeCases(new ArrayList<>());

        Callers.asOpdHead(opd).when().get("/api/v1/recommendations/page").then().statusCode(200)
                .header("X-Total-Count", "3").body("total", equalTo(3))
                .body("items.accused.opdCode", everyItem(equalTo(opd)));
        Callers.asOpdHead(opd).when().get("/api/v1/recommendations").then().statusCode(200)
                .header("X-Total-Count", "3").body("accused.opdCode", everyItem(equalTo(opd)));
    }

    @Test
    void theElectionsPageAtATime() {
        int total = Callers.asOfficer().when().get("/api/v1/elections").then().statusCode(200)
                .extract().jsonPath().getList("$").size();
        assertThat(total).isPositive();
        Callers.asOfficer().queryParam("size", 1).when().get("/api/v1/elections/page").then().statusCode(200)
                .header("X-Total-Count", String.valueOf(total)).body("total", equalTo(total))
                .body("items.size()", equalTo(1));
        Callers.asOfficer().queryParam("size", 200).queryParam("page", 1).when().get("/api/v1/elections/page")
                .then().statusCode(200).body("items.size()", equalTo(0));
    }

    @ParameterizedTest
    @CsvSource({"/api/v1/recommendations/page, size=201, size", "/api/v1/recommendations/page, page=-1, page",
            "/api/v1/recommendations, size=201, size", "/api/v1/elections/page, size=0, size",
            "/api/v1/elections/page, page=-1, page", "/api/v1/audit/page, size=201, size"})
    void aPageOrSizeOutOfRangeIsA400ProblemNamingIt(String list, String query, String field) {
        Callers.as(list.startsWith("/api/v1/audit") ? Roles.AUDITOR : Roles.PERSONNEL_OFFICER)
                .when().get(list + "?" + query)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://netral.id/problems/invalid-request"))
                .body("errors[0].field", equalTo(field));
    }
}

package id.netral.notification;

import id.netral.events.access.Roles;
import id.netral.infra.Callers;
import id.netral.infra.EmbeddedInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;

@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "database", value = "notification"), @ResourceArg(name = "smtp", value = "true")})
class NotificationApiTest {

    @Test
    void theDirectoryListsKupangsOpdsAndKecamatanWithPlaceholderAddresses() {
        List<String> codes = Callers.as(Roles.ADMIN).when().get("/api/v1/opds")
                .then().statusCode(200)
                .body("code", everyItem(matchesPattern("[A-Z0-9-]{2,40}")))
                .body("headEmail", everyItem(matchesPattern("[a-z0-9.]+@kupangkota\\.example")))
                .body("code", hasItems("SETDA", "INSPEKTORAT", "BKPPD", "KESBANGPOL", "DISPERKIM", "DP3A",
                        "DPMPTSP", "DINKES", "DISDIK"))
                .extract().jsonPath().getList("code");
        // 23 OPDs and kecamatan and 51 kelurahan seeded; DirectoryAdminTest may have added some
        assertThat(codes).hasSizeGreaterThanOrEqualTo(74).isSorted();
        assertThat(codes).filteredOn(code -> code.startsWith("LURAH-")).hasSize(51)
                .contains("LURAH-NAMOSAIN", "LURAH-OESAPA-SELATAN", "LURAH-LAI-LAI-BISI-KOPAN", "LURAH-NEFONAEK");
        assertThat(codes)
                .filteredOn(code -> code.startsWith("CAMAT-"))
                .containsExactlyInAnyOrder("CAMAT-ALAK", "CAMAT-MAULAFA", "CAMAT-KELAPA-LIMA", "CAMAT-OEBOBO",
                        "CAMAT-KOTA-RAJA", "CAMAT-KOTA-LAMA");

        Callers.as(Roles.ADMIN).when().get("/api/v1/opds/{code}", "disperkim")
                .then().statusCode(200)
                .body("code", equalTo("DISPERKIM"))
                .body("name", equalTo("Dinas Perumahan Rakyat dan Kawasan Permukiman Kota Kupang"))
                .body("headTitle", equalTo("Kepala Dinas Perumahan Rakyat dan Kawasan Permukiman Kota Kupang"))
                .body("headEmail", equalTo("kepala.disperkim@kupangkota.example"));
        Callers.asOfficer().when().get("/api/v1/opds/{code}", "LURAH-TUAK-DAUN-MERAH")
                .then().statusCode(200)
                .body("name", equalTo("Kelurahan Tuak Daun Merah, Kecamatan Oebobo"))
                .body("headTitle", equalTo("Lurah Tuak Daun Merah"));
        Callers.asOfficer().when().get("/api/v1/opds/{code}", "CAMAT-KELAPA-LIMA")
                .then().statusCode(200)
                .body("headTitle", equalTo("Camat Kelapa Lima"));
    }

    @Test
    void anUnknownOpdIsAProblem() {
        Callers.asOfficer().when().get("/api/v1/opds/{code}", "DISPAR")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", equalTo("No OPD has the code DISPAR"));
    }

    @Test
    void withoutAFilterAnOpdHeadListsTheirOwnOfficesNoticesAPageAtATime() {
        String first = Notices.deliveredNoticeFor(UUID.randomUUID(), "LURAH-BAKUNASE");
        String second = Notices.deliveredNoticeFor(UUID.randomUUID(), "LURAH-BAKUNASE");

        Callers.asOpdHead("LURAH-BAKUNASE").when().get("/api/v1/notifications")
                .then().statusCode(200)
                .header("X-Total-Count", "2")
                .body("id", contains(first, second))
                .body("recipientOffice", everyItem(equalTo("LURAH-BAKUNASE")));
        // the same pages as every list: from 0, the size asked, the total in the header
        for (int page = 0; page < 2; page++) {
            Callers.asOpdHead("LURAH-BAKUNASE").queryParam("page", page).queryParam("size", 1)
                    .when().get("/api/v1/notifications")
                    .then().statusCode(200)
                    .header("X-Total-Count", "2")
                    .body("id", contains(page == 0 ? first : second));
        }
        Callers.asOpdHead("LURAH-BAKUNASE").queryParam("page", 2).queryParam("size", 1)
                .when().get("/api/v1/notifications")
                .then().statusCode(200)
                .header("X-Total-Count", "2")
                .body("$", empty());
        // readers of every notice get them all, 50 to a page unless asked
        Callers.asOfficer().when().get("/api/v1/notifications")
                .then().statusCode(200)
                .header("X-Total-Count", Integer::parseInt, org.hamcrest.Matchers.greaterThanOrEqualTo(2))
                .body("size()", org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.greaterThanOrEqualTo(2),
                        org.hamcrest.Matchers.lessThanOrEqualTo(50)));
    }

    @Test
    void aCaseIdThatIsNotOneIsAProblemNamedByItsField() {
        Callers.asOfficer().queryParam("reportId", "RPT-2024-001").when().get("/api/v1/notifications")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("reportId"))
                .body("errors[0].message", equalTo("must be a UUID"));
        Callers.asOfficer().queryParam("reportId", UUID.randomUUID().toString()).when().get("/api/v1/notifications")
                .then().statusCode(200)
                .header("X-Total-Count", "0")
                .body("$", empty());
    }

    @Test
    void anUnknownNoticeIsAProblem() {
        Callers.asOfficer().when().get("/api/v1/notifications/{id}", UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
        Callers.asOfficer().when().get("/api/v1/notifications/{id}", "not-a-uuid")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theOpenApiDocumentDescribesTheNewEndpoints() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.hasKey("/api/v1/notifications/{id}/acknowledgement"),
                        org.hamcrest.Matchers.hasKey("/api/v1/notifications/{id}/follow-ups"),
                        org.hamcrest.Matchers.hasKey("/api/v1/notifications/{id}/attempts"),
                        org.hamcrest.Matchers.hasKey("/api/v1/notifications/{id}/redelivery"),
                        org.hamcrest.Matchers.hasKey("/api/v1/acknowledgement-links/{id}"),
                        org.hamcrest.Matchers.hasKey("/api/v1/opds/{code}/heads"),
                        org.hamcrest.Matchers.hasKey("/api/v1/opds/{code}/webhook"),
                        org.hamcrest.Matchers.hasKey("/api/v1/standing-recipients/{role}")));
    }

    @Test
    void theOpenApiDocumentDescribesEveryFilterOfTheNoticeList() {
        List<Map<String, Object>> parameters = given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .extract().jsonPath().getList("paths.'/api/v1/notifications'.get.parameters");
        assertThat(parameters).extracting(parameter -> parameter.get("name")).containsExactlyInAnyOrder(
                "reportId", "opdCode", "recipientRole", "recipientOffice", "status", "kind", "failedChannel", "page",
                "size");
        assertThat(parameters).allSatisfy(parameter -> {
            assertThat(parameter.get("in")).isEqualTo("query");
            assertThat((String) parameter.get("description")).isNotBlank();
        });
    }

    @Test
    void theServiceIsReadyWithItsDatabaseAndBroker() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
    }

    @Test
    void noticesAreListedByRecipientByStatusAndByKind() {
        UUID reportId = UUID.randomUUID();
        String id = Notices.deliveredNoticeFor(reportId, "KESBANGPOL");
        Callers.asOfficer().queryParam("opdCode", "kesbangpol").queryParam("recipientRole", "OPD_HEAD")
                .queryParam("status", "DELIVERED").queryParam("kind", "NOTICE")
                .when().get("/api/v1/notifications")
                .then().statusCode(200)
                .body("id", org.hamcrest.Matchers.hasItem(id))
                .body("opdCode", everyItem(equalTo("KESBANGPOL")))
                .body("status", everyItem(equalTo("DELIVERED")));
        // the copies of the case, by the office that received them
        Callers.as(Roles.PPK).queryParam("recipientOffice", "walikota").queryParam("opdCode", "KESBANGPOL")
                .when().get("/api/v1/notifications")
                .then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("recipientRole", everyItem(equalTo("PPK")))
                .body("recipientOffice", everyItem(equalTo("WALIKOTA")))
                .body("reportId", org.hamcrest.Matchers.hasItem(reportId.toString()));
        Callers.asOpdHead("KESBANGPOL").queryParam("status", "DELIVERED").when().get("/api/v1/notifications")
                .then().statusCode(200)
                .body("id", org.hamcrest.Matchers.hasItem(id))
                .body("opdCode", everyItem(equalTo("KESBANGPOL")))
                .body("recipientOffice", everyItem(equalTo("KESBANGPOL")));
        // a page at a time, the total in a header: a head's own notices are found however many others there are
        Callers.asOfficer().queryParam("status", "DELIVERED").queryParam("size", 1).when().get("/api/v1/notifications")
                .then().statusCode(200)
                .body("size()", equalTo(1))
                .header("X-Total-Count", org.hamcrest.Matchers.not("1"));
        Callers.asOpdHead("KESBANGPOL").queryParam("status", "DELIVERED").when().get("/api/v1/notifications")
                .then().statusCode(200)
                .header("X-Total-Count", Integer::parseInt, org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        for (String[] outOfRange : new String[][]{{"size", "201"}, {"size", "0"}, {"size", "-1"}, {"page", "-1"},
                {"page", "99999999999999999999"}, {"page", "2147483647"}, {"size", "zwei"}}) {
            Callers.asOfficer().queryParam("status", "DELIVERED").queryParam(outOfRange[0], outOfRange[1])
                    .when().get("/api/v1/notifications")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", contains(outOfRange[0]));
        }
        Callers.asOfficer().queryParam("status", "FAILED").when().get("/api/v1/notifications")
                .then().statusCode(200)
                .body("status", everyItem(equalTo("FAILED")));
        Callers.asOfficer().queryParam("status", "LOST").when().get("/api/v1/notifications")
                .then().statusCode(400)
                .body("errors.field", contains("status"))
                .body("errors[0].message", equalTo("must be one of [PENDING, DELIVERED, FAILED, UNDELIVERABLE, WITHHELD, CANCELLED]"));
    }
}

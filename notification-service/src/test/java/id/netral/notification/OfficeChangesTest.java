package id.netral.notification;

import id.netral.events.access.Roles;
import id.netral.infra.Callers;
import id.netral.infra.EmbeddedInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** The city reorganises: offices are renamed and dissolved, and the standing roles move between offices. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "database", value = "notification"), @ResourceArg(name = "smtp", value = "true")})
class OfficeChangesTest {

    @Test
    void theOfficeServingAKecamatanOrKelurahanIsFoundByItsKemendagriCode() {
        Callers.asOfficer().queryParam("regionCode", "53.71.04.1014").when().get("/api/v1/opds")
                .then().statusCode(200)
                .body("code", contains("LURAH-TUAK-DAUN-MERAH"))
                .body("regionCode", contains("53.71.04.1014"));
        Callers.asOfficer().queryParam("regionCode", "53.71.04").when().get("/api/v1/opds")
                .then().statusCode(200).body("code", contains("CAMAT-OEBOBO"));
        Callers.asOfficer().queryParam("regionCode", "53.71.07").when().get("/api/v1/opds")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("regionCode"));
        Callers.asOfficer().when().get("/api/v1/opds/{code}", "DISPERKIM")
                .then().statusCode(200).body("regionCode", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void anAdminRenamesAnOfficeAndARegionIsServedByOneOfficeOnly() {
        addOffice("UPT-PASAR-OEBA", "UPT Pasar Oeba");
        Callers.asOfficer().contentType(ContentType.JSON).body(Map.of("name", "UPT Pasar Ikan Oeba"))
                .when().patch("/api/v1/opds/{code}", "UPT-PASAR-OEBA").then().statusCode(403);
        Callers.as(Roles.ADMIN).contentType(ContentType.JSON).body(Map.of())
                .when().patch("/api/v1/opds/{code}", "UPT-PASAR-OEBA")
                .then().statusCode(400).contentType("application/problem+json");
        Callers.as(Roles.ADMIN).contentType(ContentType.JSON).body(Map.of("name", "UPT Pasar Ikan Oeba"))
                .when().patch("/api/v1/opds/{code}", "upt-pasar-oeba")
                .then().statusCode(200).body("name", equalTo("UPT Pasar Ikan Oeba"));
        Callers.as(Roles.ADMIN).contentType(ContentType.JSON).body(Map.of("name", "Nama Baru"))
                .when().patch("/api/v1/opds/{code}", "TIDAK-ADA").then().statusCode(404);

        // Kelurahan Oeba (53.71.06.1007) has its Lurah's office already
        Callers.as(Roles.ADMIN).contentType(ContentType.JSON).body(Map.of("regionCode", "53.71.06.1007"))
                .when().patch("/api/v1/opds/{code}", "UPT-PASAR-OEBA")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("LURAH-OEBA"));
        Callers.as(Roles.ADMIN).contentType(ContentType.JSON).body(Map.of("regionCode", "Oeba"))
                .when().patch("/api/v1/opds/{code}", "UPT-PASAR-OEBA")
                .then().statusCode(400).body("errors.field", contains("regionCode"));
        Callers.asOfficer().when().get("/api/v1/opds/{code}", "UPT-PASAR-OEBA")
                .then().body("name", equalTo("UPT Pasar Ikan Oeba"))
                .body("regionCode", org.hamcrest.Matchers.nullValue());
        Callers.as(Roles.AUDITOR).queryParam("recordId", "UPT-PASAR-OEBA").when().get("/api/v1/audit")
                .then().statusCode(200).body("action", hasItem("opd.changed"));
    }

    @Test
    void aDissolvedOfficeKeepsItsHistoryButReceivesNothingNewWhileTheCopiesStillGo() {
        addOffice("DINAS-LAMA", "Dinas yang Dilebur");
        Callers.as(Roles.PERSONNEL_OFFICER).when().delete("/api/v1/opds/{code}", "DINAS-LAMA")
                .then().statusCode(403);
        Callers.as(Roles.ADMIN).when().delete("/api/v1/opds/{code}", "DINAS-LAMA")
                .then().statusCode(200).body("dissolvedAt", notNullValue());
        Callers.as(Roles.ADMIN).when().delete("/api/v1/opds/{code}", "DINAS-LAMA")
                .then().statusCode(409).contentType("application/problem+json");

        Callers.asOfficer().when().get("/api/v1/opds")
                .then().statusCode(200).body("code", not(hasItem("DINAS-LAMA")));
        Callers.asOfficer().queryParam("includeDissolved", true).when().get("/api/v1/opds")
                .then().statusCode(200).body("code", hasItem("DINAS-LAMA"));
        Callers.as(Roles.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("title", "Kepala Dinas Baru", "email", "kepala.baru@kupangkota.example"))
                .when().post("/api/v1/opds/{code}/heads", "DINAS-LAMA")
                .then().statusCode(409).contentType("application/problem+json");
        Callers.as(Roles.ADMIN).when().get("/api/v1/opds/{code}/heads", "DINAS-LAMA")
                .then().statusCode(200).body("email", contains("kepala.dinas-lama@kupangkota.example"));

        UUID reportId = UUID.randomUUID();
        Notices.topics().publish(SampleRecommendations.envelope(
                SampleRecommendations.gasTaglinePost(reportId, "DINAS-LAMA")));
        JsonPath notices = await().atMost(Notices.PATIENCE).until(() -> Notices.of(reportId),
                list -> list.getList("findAll { it.status == 'DELIVERED' }").size() == 3);
        assertThat(notices.getString("[0].recipientRole")).isEqualTo("OPD_HEAD");
        assertThat(notices.getString("[0].status")).isEqualTo("UNDELIVERABLE");
        assertThat(notices.getString("[0].undeliverableReason")).contains("OPD DINAS-LAMA was dissolved on");
        assertThat(notices.getList("recipientRole")).containsExactly("OPD_HEAD", "PPK", "BKPPD", "INSPECTORATE");
    }

    @Test
    void anOfficeFillingAStandingRoleCannotBeDissolved() {
        Callers.as(Roles.ADMIN).when().delete("/api/v1/opds/{code}", "BKPPD")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("standing recipient BKPPD"));
        Callers.asOfficer().when().get("/api/v1/opds/{code}", "BKPPD")
                .then().statusCode(200).body("dissolvedAt", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aStandingRoleMovesToAnotherOfficeAndTheNextCopyGoesToItsHead() {
        Callers.as(Roles.PERSONNEL_OFFICER).when().get("/api/v1/standing-recipients")
                .then().statusCode(200)
                .body("role", contains("PPK", "BKPPD", "INSPECTORATE", "SEKDA"))
                .body("officeCode", contains("WALIKOTA", "BKPPD", "INSPEKTORAT", "SETDA"))
                .body("inCopy", contains(true, true, true, false))
                .body("office.headTitle", hasItem("Wali Kota Kupang selaku Pejabat Pembina Kepegawaian"));
        Callers.asOpdHead("BKPPD").when().get("/api/v1/standing-recipients").then().statusCode(403);

        addOffice("INSPEKTORAT-BARU", "Inspektorat Daerah Kota Kupang (baru)");
        Map<String, Object> toNewOffice = Map.of("officeCode", "INSPEKTORAT-BARU", "inCopy", true);
        Callers.as(Roles.PERSONNEL_OFFICER).contentType(ContentType.JSON).body(toNewOffice)
                .when().put("/api/v1/standing-recipients/{role}", "INSPECTORATE").then().statusCode(403);
        Callers.as(Roles.ADMIN).contentType(ContentType.JSON).body(toNewOffice)
                .when().put("/api/v1/standing-recipients/{role}", "OPD_HEAD").then().statusCode(404);
        Callers.as(Roles.ADMIN).contentType(ContentType.JSON).body(Map.of("officeCode", "TIDAK-ADA", "inCopy", true))
                .when().put("/api/v1/standing-recipients/{role}", "INSPECTORATE")
                .then().statusCode(400).body("errors.field", contains("officeCode"));
        Callers.as(Roles.ADMIN).contentType(ContentType.JSON).body(Map.of("officeCode", "BKPPD"))
                .when().put("/api/v1/standing-recipients/{role}", "INSPECTORATE")
                .then().statusCode(400).body("errors.field", contains("inCopy"));
        try {
            Callers.as(Roles.ADMIN).contentType(ContentType.JSON).body(toNewOffice)
                    .when().put("/api/v1/standing-recipients/{role}", "inspectorate")
                    .then().statusCode(200)
                    .body("officeCode", equalTo("INSPEKTORAT-BARU"))
                    .body("office.headEmail", equalTo("kepala.inspektorat-baru@kupangkota.example"));

            UUID reportId = UUID.randomUUID();
            Notices.deliveredNoticeFor(reportId, "DINSOS");
            JsonPath notices = await().atMost(Notices.PATIENCE).until(() -> Notices.of(reportId),
                    list -> "DELIVERED".equals(list.getString("find { it.recipientRole == 'INSPECTORATE' }.status")));
            assertThat(notices.getString("find { it.recipientRole == 'INSPECTORATE' }.recipientOffice"))
                    .isEqualTo("INSPEKTORAT-BARU");
            assertThat(notices.getString("find { it.recipientRole == 'INSPECTORATE' }.address"))
                    .isEqualTo("kepala.inspektorat-baru@kupangkota.example");
            Callers.as(Roles.AUDITOR).queryParam("recordId", "INSPECTORATE").when().get("/api/v1/audit")
                    .then().statusCode(200).body("action", hasItem("standing-recipient.assigned"));
        } finally {
            Callers.as(Roles.ADMIN).contentType(ContentType.JSON)
                    .body(Map.of("officeCode", "INSPEKTORAT", "inCopy", true))
                    .when().put("/api/v1/standing-recipients/{role}", "INSPECTORATE").then().statusCode(200);
        }
    }

    @Test
    void anUndeliverableNoticeIsWrittenAgainForTheOfficeAnAdminAddsAndReachesItsHead() throws Exception {
        UUID reportId = UUID.randomUUID();
        Notices.topics().publish(SampleRecommendations.envelope(
                SampleRecommendations.gasTaglinePost(reportId, "DISPORA")));
        String id = await().atMost(Notices.PATIENCE).until(() -> Notices.of(reportId),
                list -> "UNDELIVERABLE".equals(list.getString("[0].status"))).getString("[0].id");
        Map<String, Object> toDispora = Map.of("officeCode", "DISPORA");

        Callers.as(Roles.ADMIN).contentType(ContentType.JSON).body(toDispora)
                .when().post("/api/v1/notifications/{id}/readdress", id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("officeCode"));
        Callers.asOfficer().contentType(ContentType.JSON).body(toDispora)
                .when().post("/api/v1/notifications/{id}/readdress", id).then().statusCode(403);

        addOffice("DISPORA", "Dinas Pemuda dan Olahraga Kota Kupang");
        Callers.as(Roles.ADMIN).contentType(ContentType.JSON).body(toDispora)
                .when().post("/api/v1/notifications/{id}/readdress", id)
                .then().statusCode(200)
                .body("recipientOffice", equalTo("DISPORA"))
                .body("address", equalTo("kepala.dispora@kupangkota.example"))
                .body("undeliverableReason", org.hamcrest.Matchers.nullValue())
                .body("message.body", containsString("Yth. Kepala Dinas Pemuda dan Olahraga Kota Kupang"))
                .body("message.body", containsString("Dinas Pemuda dan Olahraga Kota Kupang (DISPORA)"));
        await().atMost(Notices.PATIENCE).until(() -> "DELIVERED".equals(Notices.of(reportId).getString("[0].status")));
        String letterNumber = Mails.letterNumber(id);
        String mail = await().atMost(Notices.PATIENCE).until(() -> EmbeddedInfraResource.smtp().received().stream()
                .map(Mails::text)
                .filter(text -> text.contains("Nomor    : " + letterNumber + "\n")).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
        assertThat(mail).contains("Yth. Kepala Dinas Pemuda dan Olahraga Kota Kupang",
                "http://localhost:8080/tanda-terima/" + id + "?expires=");

        Callers.asOpdHead("DISPORA").when().post("/api/v1/notifications/{id}/acknowledgement", id)
                .then().statusCode(200);
        Callers.as(Roles.ADMIN).contentType(ContentType.JSON).body(toDispora)
                .when().post("/api/v1/notifications/{id}/readdress", id)
                .then().statusCode(409).contentType("application/problem+json");
        Callers.as(Roles.AUDITOR).queryParam("recordId", id).when().get("/api/v1/audit")
                .then().statusCode(200).body("action", hasItem("notification.readdressed"));
    }

    private static void addOffice(String code, String name) {
        Map<String, Object> head = Map.of("title", "Kepala " + name,
                "email", "kepala." + code.toLowerCase() + "@kupangkota.example");
        Map<String, Object> office = Map.of("code", code, "name", name, "head", head);
        Callers.as(Roles.ADMIN).contentType(ContentType.JSON).body(office)
                .when().post("/api/v1/opds").then().statusCode(201);
    }
}

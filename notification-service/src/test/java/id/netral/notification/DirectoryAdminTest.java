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

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;

/** Admins keep the directory: OPDs, heads with their history, webhooks. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "database", value = "notification"), @ResourceArg(name = "smtp", value = "true")})
class DirectoryAdminTest {

    @Test
    void aHeadAppointedForLaterTakesOfficeThenAndTheEarlierStaysInHistory() {
        Map<String, Object> head = Map.of("name", "Placeholder Kepala UPT", "title", "Kepala UPT Puskesmas Oesapa",
                "email", "kepala.puskesmas.oesapa@kupangkota.example", "phone", "+62 380 000000");
        Map<String, Object> office = Map.of("code", "UPT-PUSKESMAS-OESAPA", "name", "UPT Puskesmas Oesapa",
                "head", head);
        Callers.as(Roles.PERSONNEL_OFFICER).contentType(ContentType.JSON).body(office)
                .when().post("/api/v1/opds").then().statusCode(403);
        Callers.as(Roles.ADMIN).contentType(ContentType.JSON).body(office)
                .when().post("/api/v1/opds")
                .then().statusCode(201)
                .body("headEmail", equalTo("kepala.puskesmas.oesapa@kupangkota.example"))
                .body("headName", equalTo("Placeholder Kepala UPT"));
        Callers.as(Roles.ADMIN).contentType(ContentType.JSON).body(office)
                .when().post("/api/v1/opds").then().statusCode(409);
        Callers.as(Roles.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("code", "lurah oesapa", "name", "", "head", Map.of("title", "x", "email", "bukan")))
                .when().post("/api/v1/opds")
                .then().statusCode(400).contentType("application/problem+json");

        Instant tomorrow = TestClock.INSTANCE.instant().plus(Duration.ofDays(1));
        Callers.as(Roles.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "Placeholder Plt. Kepala UPT", "title", "Plt. Kepala UPT Puskesmas Oesapa",
                        "email", "plt.kepala.puskesmas.oesapa@kupangkota.example", "validFrom", tomorrow.toString()))
                .when().post("/api/v1/opds/{code}/heads", "UPT-PUSKESMAS-OESAPA")
                .then().statusCode(201);
        Callers.as(Roles.ADMIN).when().get("/api/v1/opds/{code}", "UPT-PUSKESMAS-OESAPA")
                .then().statusCode(200).body("headEmail", equalTo("kepala.puskesmas.oesapa@kupangkota.example"));
        Callers.as(Roles.ADMIN).when().get("/api/v1/opds/{code}/heads", "UPT-PUSKESMAS-OESAPA")
                .then().statusCode(200)
                .body("email", contains("kepala.puskesmas.oesapa@kupangkota.example", "plt.kepala.puskesmas.oesapa@kupangkota.example"));
        Callers.asOpdHead("UPT-PUSKESMAS-OESAPA").when().get("/api/v1/opds/{code}/heads", "UPT-PUSKESMAS-OESAPA")
                .then().statusCode(403);

        TestClock.advance(Duration.ofDays(1).plusMinutes(1));
        await().atMost(Notices.PATIENCE).until(() -> "plt.kepala.puskesmas.oesapa@kupangkota.example".equals(
                Callers.as(Roles.ADMIN).when().get("/api/v1/opds/{code}", "UPT-PUSKESMAS-OESAPA").then().extract()
                        .path("headEmail")));
        Callers.asOfficer().when().get("/api/v1/opds/{code}", "UPT-PUSKESMAS-OESAPA")
                .then().body("headTitle", equalTo("Plt. Kepala UPT Puskesmas Oesapa"))
                .body("headPhone", nullValue());
    }

    @Test
    void aWebhookMustBeSafeAndItsSecretIsNeverShown() {
        String secret = "rahasia-bersama-kesbangpol-kota-kupang";
        Callers.as(Roles.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("url", "http://10.1.2.3/netral", "secret", secret))
                .when().put("/api/v1/opds/{code}/webhook", "DISPERKIM")
                .then().statusCode(400)
                .body("errors.field", contains("url"))
                .body("errors[0].message", equalTo("the webhook host 10.1.2.3 resolves to the internal address "
                        + "10.1.2.3, which is not allow-listed"));
        Callers.as(Roles.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:9/netral", "secret", "pendek"))
                .when().put("/api/v1/opds/{code}/webhook", "DISPERKIM")
                .then().statusCode(400).body("errors.field", contains("secret"));
        Callers.asOpdHead("DISPERKIM").contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:9/netral", "secret", secret))
                .when().put("/api/v1/opds/{code}/webhook", "DISPERKIM")
                .then().statusCode(403);

        Callers.as(Roles.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:9/netral", "secret", secret))
                .when().put("/api/v1/opds/{code}/webhook", "KESBANGPOL")
                .then().statusCode(200)
                .body("webhookUrl", equalTo("http://127.0.0.1:9/netral"))
                .body("$", not(hasKey("webhookSecret")));
        String listing = Callers.asOfficer().when().get("/api/v1/opds").then().extract().asString();
        org.assertj.core.api.Assertions.assertThat(listing).doesNotContain(secret);
        Callers.as(Roles.ADMIN).when().delete("/api/v1/opds/{code}/webhook", "KESBANGPOL")
                .then().statusCode(200)
                .body("webhookUrl", nullValue());
    }

    @Test
    void anAdminChoosesTheHeadsChannelsAndAWebhookChannelNeedsAWebhook() {
        String code = "CAMAT-KOTA-LAMA";
        Callers.asOfficer().when().get("/api/v1/opds/{code}", code)
                .then().statusCode(200).body("channelPreference", equalTo("EMAIL"));

        Callers.as(Roles.ADMIN).contentType(ContentType.JSON).body(Map.of("preference", "SMS"))
                .when().put("/api/v1/opds/{code}/channels", code)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("preference"));
        Callers.as(Roles.ADMIN).contentType(ContentType.JSON).body(Map.of())
                .when().put("/api/v1/opds/{code}/channels", code)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("preference"));
        Callers.as(Roles.ADMIN).contentType(ContentType.JSON).body(Map.of("preference", "WEBHOOK"))
                .when().put("/api/v1/opds/{code}/channels", code)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("preference"));
        Callers.as(Roles.ADMIN).contentType(ContentType.JSON).body(Map.of("preference", "EMAIL_AND_WEBHOOK"))
                .when().put("/api/v1/opds/{code}/channels", code)
                .then().statusCode(400).body("errors.field", contains("preference"));
        Callers.as(Roles.ADMIN).contentType(ContentType.JSON).body(Map.of("preference", "EMAIL"))
                .when().put("/api/v1/opds/{code}/channels", "TIDAK-ADA")
                .then().statusCode(404).contentType("application/problem+json");
        io.restassured.RestAssured.given().contentType(ContentType.JSON).body(Map.of("preference", "EMAIL"))
                .when().put("/api/v1/opds/{code}/channels", code).then().statusCode(401);
        Callers.asOfficer().contentType(ContentType.JSON).body(Map.of("preference", "EMAIL"))
                .when().put("/api/v1/opds/{code}/channels", code).then().statusCode(403);
        Callers.as(Roles.AUDITOR).contentType(ContentType.JSON).body(Map.of("preference", "EMAIL"))
                .when().put("/api/v1/opds/{code}/channels", code).then().statusCode(403);
        Callers.asOpdHead(code).contentType(ContentType.JSON).body(Map.of("preference", "EMAIL"))
                .when().put("/api/v1/opds/{code}/channels", code).then().statusCode(403);

        Callers.as(Roles.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:9/netral", "secret", "rahasia-bersama-kecamatan-kota-lama"))
                .when().put("/api/v1/opds/{code}/webhook", code)
                .then().statusCode(200).body("channelPreference", equalTo("EMAIL_AND_WEBHOOK"));
        Callers.as(Roles.ADMIN).contentType(ContentType.JSON).body(Map.of("preference", "WEBHOOK"))
                .when().put("/api/v1/opds/{code}/channels", code.toLowerCase())
                .then().statusCode(200).body("channelPreference", equalTo("WEBHOOK"));
        Callers.asOfficer().when().get("/api/v1/opds/{code}", code)
                .then().statusCode(200).body("channelPreference", equalTo("WEBHOOK"));
        Callers.as(Roles.AUDITOR).queryParam("recordId", code).when().get("/api/v1/audit")
                .then().statusCode(200).body("action", org.hamcrest.Matchers.hasItem("opd.channels-set"));

        // without its webhook the head is reached by e-mail again
        Callers.as(Roles.ADMIN).when().delete("/api/v1/opds/{code}/webhook", code)
                .then().statusCode(200).body("channelPreference", equalTo("EMAIL"));
    }

    @Test
    void hostileValuesInTheDirectoryGetAProblemNamingTheFieldNeverAServerError() {
        Map<String, Object> head = Map.of("title", "Kepala UPT Uji", "email", "kepala.upt-uji@kupangkota.example");
        for (Map<String, Object> office : List.<Map<String, Object>>of(
                Map.of("code", "UPT-UJI-NUL", "name", "UPT\u0000Uji", "head", head),
                Map.of("code", "UPT-UJI-NUL", "name", "UPT Uji", "head",
                        Map.of("title", "Kepala\u0007UPT", "email", "kepala.upt-uji@kupangkota.example")),
                Map.of("code", "UPT-UJI-NUL", "name", "UPT Uji", "head",
                        Map.of("name", "Nama\nBaris", "title", "Kepala UPT", "email", "kepala@kupangkota.example")))) {
            Callers.as(Roles.ADMIN).contentType(ContentType.JSON).body(office).when().post("/api/v1/opds")
                    .then().statusCode(400).contentType("application/problem+json");
        }
        Callers.as(Roles.ADMIN).contentType(ContentType.JSON).body(Map.of("name", "Nama\u0000Baru"))
                .when().patch("/api/v1/opds/{code}", "DISPERKIM").then().statusCode(400);
        Callers.as(Roles.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("url", "https://example.org/\u0000", "secret", "s".repeat(40)))
                .when().put("/api/v1/opds/{code}/webhook", "DISPERKIM").then().statusCode(400);
        for (String farAway : new String[]{"+1000000000-01-01T00:00:00Z", "-1000000000-01-01T00:00:00Z",
                "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z"}) {
            Callers.as(Roles.ADMIN).contentType(ContentType.JSON)
                    .body(Map.of("title", "Kepala Dinas", "email", "kepala@kupangkota.example", "validFrom", farAway))
                    .when().post("/api/v1/opds/{code}/heads", "DISPERKIM")
                    .then().statusCode(400).contentType("application/problem+json");
        }
        Callers.as(Roles.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("title", "Kepala Dinas", "email", "kepala@kupangkota.example", "employeeId", "12345"))
                .when().post("/api/v1/opds/{code}/heads", "DISPERKIM")
                .then().statusCode(400).body("errors.field", hasItem(containsString("employeeId")));
        // NUL and control characters where an office code is looked up: nothing has such a code
        Callers.as(Roles.ADMIN).urlEncodingEnabled(false).when().get("/api/v1/opds/DIS%00PERKIM")
                .then().statusCode(oneOf(400, 404));
        Callers.as(Roles.ADMIN).urlEncodingEnabled(false).when().delete("/api/v1/opds/DIS%07PERKIM")
                .then().statusCode(oneOf(400, 404));
        Callers.as(Roles.ADMIN).urlEncodingEnabled(false).queryParam("opdCode", "DIS%00PERKIM")
                .when().get("/api/v1/notifications").then().statusCode(400).body("errors.field", contains("opdCode"));
        Callers.as(Roles.ADMIN).urlEncodingEnabled(false).queryParam("recipientOffice", "%00")
                .when().get("/api/v1/notifications").then().statusCode(400);
        Callers.as(Roles.ADMIN).contentType(ContentType.JSON).body(Map.of("officeCode", "BK\u0000PPD", "inCopy", true))
                .when().put("/api/v1/standing-recipients/{role}", "BKPPD").then().statusCode(400);
        Callers.as(Roles.ADMIN).urlEncodingEnabled(false).queryParam("regionCode", "53.71%00")
                .when().get("/api/v1/opds").then().statusCode(400);
    }
}

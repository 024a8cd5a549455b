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
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** A case against the head of an OPD goes to the head's superior, never to the accused. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "database", value = "notification"), @ResourceArg(name = "smtp", value = "true")})
class AccusedHeadTest {
    private static final String HEAD_NIP = "197803152005011002";
    private static final String HEAD_EMAIL = "kepala.disparuji@kupangkota.example";

    @Test
    void aCaseAgainstAnOpdHeadGoesToTheSekdaAndNeverToTheHead() {
        Callers.as(Roles.ADMIN).contentType(ContentType.JSON).body(Map.of("code", "DISPAR-UJI",
                        "name", "Dinas Pariwisata (uji)", "head", Map.of("name", "Kepala Dinas Uji",
                                "title", "Kepala Dinas Pariwisata (uji)", "email", HEAD_EMAIL, "employeeId", HEAD_NIP)))
                .when().post("/api/v1/opds").then().statusCode(201);
        Callers.as(Roles.ADMIN).when().get("/api/v1/opds/{code}/heads", "DISPAR-UJI")
                .then().statusCode(200).body("[0].employeeId", equalTo(HEAD_NIP));
        String sekdasEmail = Callers.as(Roles.ADMIN).when().get("/api/v1/opds/SETDA").then().extract()
                .path("headEmail");

        UUID reportId = UUID.randomUUID();
        Notices.topics().publish(SampleRecommendations.envelope(SampleRecommendations.gasTaglinePost(reportId,
                "DISPAR-UJI", HEAD_NIP, "Kepala Dinas Pariwisata")));

        JsonPath notices = await().atMost(Notices.PATIENCE).until(() -> Notices.of(reportId),
                list -> "DELIVERED".equals(list.getString("find { it.recipientRole == 'OPD_HEAD' }.status")));
        assertThat(notices.getString("find { it.recipientRole == 'OPD_HEAD' }.recipientOffice")).isEqualTo("SETDA");
        assertThat(notices.getString("find { it.recipientRole == 'OPD_HEAD' }.address")).isEqualTo(sekdasEmail);
        assertThat(notices.getList("recipientOffice")).doesNotContain("DISPAR-UJI");
        List<MimeMessage> mails = await().atMost(Notices.PATIENCE).until(() -> Mails.about(reportId),
                list -> list.size() == 4);
        assertThat(mails).extracting(Mails::to).doesNotContain(HEAD_EMAIL).contains(sekdasEmail);
        // the accused head, signed in, finds nothing of the case
        Callers.asOpdHead("DISPAR-UJI").queryParam("reportId", reportId.toString())
                .when().get("/api/v1/notifications").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void aCaseAgainstTheSekdaGoesToThePpk() {
        JsonPath setda = Callers.as(Roles.ADMIN).when().get("/api/v1/opds/SETDA").then().extract().jsonPath();
        String sekdasNip = "197001011995031003";
        Callers.as(Roles.ADMIN).contentType(ContentType.JSON).body(Map.of("title", setda.getString("headTitle"),
                        "email", setda.getString("headEmail"), "employeeId", sekdasNip))
                .when().post("/api/v1/opds/{code}/heads", "SETDA").then().statusCode(201);

        UUID reportId = UUID.randomUUID();
        Notices.topics().publish(SampleRecommendations.envelope(SampleRecommendations.gasTaglinePost(reportId,
                "SETDA", sekdasNip, "Sekretaris Daerah")));

        JsonPath notices = await().atMost(Notices.PATIENCE).until(() -> Notices.of(reportId),
                list -> "DELIVERED".equals(list.getString("find { it.recipientRole == 'OPD_HEAD' }.status")));
        assertThat(notices.getString("find { it.recipientRole == 'OPD_HEAD' }.recipientOffice"))
                .isEqualTo("WALIKOTA");
        assertThat(notices.getList("recipientOffice")).doesNotContain("SETDA");
    }
}

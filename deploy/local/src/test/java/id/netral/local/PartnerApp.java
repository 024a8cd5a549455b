package id.netral.local;

import id.netral.local.samples.EmployeeNumbers;
import io.restassured.http.ContentType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;

import static io.restassured.RestAssured.given;

/**
 * What Bawaslu's intake app does in the browser tests: submits the "Gas" tagline sample case
 * (deploy/local/samples/gas-tagline.json) about a person of the test's own, dated within the reporting window, and
 * uploads its evidence. Each test names its own person and employee number, so no two tests' cases are screened as
 * the same case.
 */
final class PartnerApp {
    private static final String APP = "bawaslu-intake";

    private PartnerApp() {
    }

    /** The sample case about {@code accused} with the NIP of sample employee {@code employee}: an act two days ago. */
    static String gasTaglineAbout(String accused, int employee) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Makassar"));
        String body;
        try {
            body = Files.readString(EndToEndSystem.HOME.resolve("deploy/local/samples/gas-tagline.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return body.replace("Yohanes Bria", accused).replace("198609262015051001", EmployeeNumbers.nip(employee))
                .replaceAll("\"date\": \"[0-9-]+\"", "\"date\": \"" + today.minusDays(2) + "\"")
                .replaceAll("\"knownDate\": \"[0-9-]+\"", "\"knownDate\": \"" + today.minusDays(1) + "\"");
    }

    /** @return the new report's id */
    static String submit(LocalSystem system, String body) {
        return given().baseUri(system.url(NetralService.REPORT))
                .auth().oauth2(system.identityProvider().partnerApp(APP))
                .contentType(ContentType.JSON).body(body).post("/api/v1/reports")
                .then().statusCode(201).extract().path("id");
    }

    static void upload(LocalSystem system, String reportId, String fileName, String mediaType, byte[] content) {
        given().baseUri(system.url(NetralService.REPORT))
                .auth().oauth2(system.identityProvider().partnerApp(APP))
                .contentType(mediaType).queryParam("fileName", fileName).body(content)
                .post("/api/v1/reports/{id}/attachments", reportId)
                .then().statusCode(201);
    }
}

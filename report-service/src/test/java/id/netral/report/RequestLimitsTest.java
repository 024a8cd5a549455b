package id.netral.report;

import id.netral.infra.EmbeddedInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.UUID;
import java.util.function.IntSupplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;

/**
 * Bodies too large for their endpoint, public requests and evidence uploads over their per-address rate are refused
 * before the body is read: a request head alone gets the answer, while the body is never sent.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "report"))
class RequestLimitsTest {
    private static final String JSON_HEADERS = "Content-Type: application/json\r\n";

    @Test
    void aJsonBodyOverHalfAMegabyteIsRefusedByItsLengthBeforeItIsSent() throws Exception {
        long before = ReportSubmissionTest.reportCount();
        String token = EmbeddedInfraResource.tokens().partnerApp(SampleReports.PARTNER_APP);

        String answer = RawHttp.send("POST /api/v1/reports HTTP/1.1\r\nAuthorization: Bearer " + token + "\r\n"
                + JSON_HEADERS + "Content-Length: " + (512 * 1024 + 1) + "\r\n", "{\"reporter\":");

        assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json").contains("at most 524288");
        assertThat(ReportSubmissionTest.reportCount()).isEqualTo(before);
    }

    @Test
    void aJsonBodyWithoutALengthIsRefusedBeforeItIsRead() throws Exception {
        String answer = RawHttp.send("POST /api/v1/tracking/ZZZZ-ZZZZ-ZZZZ/information HTTP/1.1\r\n" + JSON_HEADERS
                + "Transfer-Encoding: chunked\r\n", "4\r\n{\"an\r\n");

        assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json");
    }

    @Test
    void theReportersAnswerOverTheLimitIsRefusedBeforeItIsParsed() throws Exception {
        String answer = RawHttp.send("POST /api/v1/tracking/ZZZZ-ZZZZ-ZZZZ/information HTTP/1.1\r\n" + JSON_HEADERS
                + "Content-Length: 600000\r\n", "{\"answer\":\"");

        assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json");
    }

    @Test
    void anAddressOverTheTrackingRateIsRefusedBeforeItsAnswerIsRead() throws Exception {
        String address = "203.0.113." + (int) (Math.random() * 200 + 1);

        String answer = overTheLimit(() -> given().header("X-Forwarded-For", address)
                .when().get("/api/v1/tracking/{code}", "ZZZZ-ZZZZ-ZZZZ").statusCode(),
                () -> RawHttp.send("POST /api/v1/tracking/ZZZZ-ZZZZ-ZZZZ/information HTTP/1.1\r\n"
                        + "X-Forwarded-For: " + address + "\r\n" + JSON_HEADERS + "Content-Length: 40\r\n", "{\"ans"));

        assertThat(answer).startsWith("HTTP/1.1 429").contains("application/problem+json").contains("Retry-After");
    }

    @Test
    void anAddressOverTheUploadRateIsRefusedBeforeItsFileIsReadAndNothingIsStored() throws Exception {
        UUID reportId = SampleReports.submit(SampleReports.gasTaglinePost());
        String address = "198.51.100." + (int) (Math.random() * 200 + 1);
        String token = EmbeddedInfraResource.tokens().partnerApp(SampleReports.PARTNER_APP);

        // not even signed in: the address's uploads are counted before anyone asks who sends them; then a signed-in
        // app announcing a 10 MB file it never sends is answered at once, or the read would time out
        String answer = overTheLimit(() -> given().header("X-Forwarded-For", address).contentType("image/png")
                .body(new byte[] {1}).when().post("/api/v1/reports/{id}/attachments", reportId).statusCode(),
                () -> RawHttp.send("POST /api/v1/reports/" + reportId + "/attachments?fileName=rapat.mp4"
                        + " HTTP/1.1\r\nAuthorization: Bearer " + token + "\r\nX-Forwarded-For: " + address + "\r\n"
                        + "Content-Type: video/mp4\r\n" + "Content-Length: 10000000\r\n", "\0\0\0\u0018ftypmp42"));

        assertThat(answer).startsWith("HTTP/1.1 429").contains("application/problem+json").contains("Retry-After")
                .contains("upload-per-address");
        SampleReports.asVerifier().when().get("/api/v1/reports/{id}/attachments", reportId)
                .then().statusCode(200).body("$", hasSize(0));
        // the limit is the address's: the same app from its own address still uploads
        SampleReports.asPartner().contentType("image/png").queryParam("fileName", "foto.png")
                .body(EvidenceTest.png(" foto")).when().post("/api/v1/reports/{id}/attachments", reportId)
                .then().statusCode(201);
    }

    /**
     * Uses up the address's limit with {@code request}, then sends {@code refused}, with the buckets' refill clock
     * held still: on a loaded machine a token would otherwise come back between the two.
     */
    private static String overTheLimit(IntSupplier request, RawRequest refused) throws Exception {
        return HeldRefillClock.heldStill(() -> {
            int status = 0;
            for (int i = 0; i < 300 && status != 429; i++) {
                status = request.getAsInt();
            }
            assertThat(status).as("a request over the address's rate").isEqualTo(429);
            return refused.send();
        });
    }

    @FunctionalInterface
    private interface RawRequest {
        String send() throws IOException;
    }
}

package id.netral.report;

import id.netral.infra.EmbeddedInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bodies too large for their endpoint and public requests over their rate are refused before the body is read: a
 * request head alone gets the answer, while the body is never sent.
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
        for (int i = 0; i < 60 && given().header("X-Forwarded-For", address)
                .when().get("/api/v1/tracking/{code}", "ZZZZ-ZZZZ-ZZZZ").statusCode() != 429; i++) {
            // use up the address's lookups
        }

        String answer = RawHttp.send("POST /api/v1/tracking/ZZZZ-ZZZZ-ZZZZ/information HTTP/1.1\r\n"
                + "X-Forwarded-For: " + address + "\r\n" + JSON_HEADERS + "Content-Length: 40\r\n", "{\"ans");

        assertThat(answer).startsWith("HTTP/1.1 429").contains("application/problem+json").contains("Retry-After");
    }
}

package id.netral.local;

import id.netral.partner.notifications.api.NoticesApi;
import id.netral.partner.notifications.model.NotificationView;
import id.netral.partner.notifications.model.RecipientRole;
import id.netral.partner.reports.ApiException;
import id.netral.partner.reports.ApiResponse;
import id.netral.partner.reports.api.ReportsApi;
import id.netral.partner.reports.api.VerificationApi;
import id.netral.partner.reports.model.ReportStatus;
import id.netral.partner.reports.model.SubmissionReceipt;
import id.netral.partner.reports.model.SubmitReportRequest;
import id.netral.partner.reports.model.VerificationDecision;
import id.netral.partner.reports.model.VerificationRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A partner app built from the published contract alone: the Java client is generated at build time from
 * contracts/report-service.openapi.yaml and contracts/notification-service.openapi.yaml (openapi-generator, the
 * "native" library), and nothing of Netral's own code is used to talk to it. It carries a case from submission,
 * through a database outage answered 503 and retried with the same Idempotency-Key, to the OPD head's notice.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnerClientIT {
    private static final String ACCUSED = "Benyamin Seran";
    private static final String NIP = "198202142009011007";

    private LocalSystem system;

    @BeforeAll
    void startTheSystem() {
        system = EndToEndSystem.get();
    }

    @Test
    void aPartnerAppCarriesACaseToTheOpdHeadsNoticeWithAClientGeneratedFromTheContract() throws Exception {
        ReportsApi reports = new ReportsApi(reportClient(system.identityProvider()
                .partnerApp("bawaslu-intake")));
        // the partner's own data, read into the contract's model as its app would hold it
        SubmitReportRequest report = reportClient(null).getObjectMapper()
                .readValue(sample(), SubmitReportRequest.class);
        String idempotencyKey = UUID.randomUUID().toString();

        system.stopPostgres();
        try {
            assertThatThrownBy(() -> reports.submit(report, idempotencyKey))
                    .isInstanceOfSatisfying(ApiException.class, refused -> {
                        assertThat(refused.getCode()).isEqualTo(503);
                        assertThat(refused.getResponseHeaders().firstValue("Retry-After")).isPresent();
                        assertThat(refused.getResponseBody()).contains("\"status\":503");
                    });
        } finally {
            system.startPostgres();
        }
        // as Retry-After says: the same request with the same key until the service takes it
        ApiResponse<SubmissionReceipt> taken = await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1)).ignoreExceptionsInstanceOf(ApiException.class)
                .until(() -> reports.submitWithHttpInfo(report, idempotencyKey),
                        answer -> answer.getStatusCode() == 201);
        UUID reportId = taken.getData().getId();
        assertThat(taken.getData().getStatus()).isEqualTo(ReportStatus.REGISTERED);
        assertThat(taken.getData().getTrackingCode()).isNotBlank();
        ApiResponse<SubmissionReceipt> again = reports.submitWithHttpInfo(report, idempotencyKey);
        assertThat(again.getData().getId()).as("one case however often the app retried").isEqualTo(reportId);
        assertThat(again.getHeaders().get("idempotent-replayed")).containsExactly("true");

        new VerificationApi(reportClient(system.identityProvider().token("verifier")))
                .decide(reportId, new VerificationRequest().decision(VerificationDecision.VERIFIED)
                        .violationKind("D2"));

        // the partner app follows its case until the OPD head has been told
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> reports.get(reportId).getStatus(), status -> status == ReportStatus.NOTIFIED);
        // and the OPD head reads the notice through the same contract
        NoticesApi headsNotices = new NoticesApi(
                notificationClient(system.identityProvider().opdHead("DISPERKIM")));
        List<NotificationView> notices = headsNotices.listNotifications(null, null, null, null, null, null,
                reportId.toString(), null, null);
        NotificationView toTheHead = notices.stream()
                .filter(notice -> notice.getRecipientRole() == RecipientRole.OPD_HEAD).findFirst().orElseThrow();
        // the list is a summary; the notice itself carries the letter as sent
        var letter = headsNotices.getNotification(toTheHead.getId()).getMessage();
        assertThat(letter.getBody()).contains(ACCUSED, NIP);
        // the subject travels in clear: the case's register number, no name or NIP
        assertThat(letter.getSubject()).contains("register NTR-").doesNotContain(ACCUSED, NIP);
    }

    private id.netral.partner.reports.ApiClient reportClient(String token) {
        id.netral.partner.reports.ApiClient client = new id.netral.partner.reports.ApiClient();
        client.updateBaseUri(system.url(NetralService.REPORT));
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }

    private id.netral.partner.notifications.ApiClient notificationClient(String token) {
        id.netral.partner.notifications.ApiClient client = new id.netral.partner.notifications.ApiClient();
        client.updateBaseUri(system.url(NetralService.NOTIFICATION));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    /** The README's "Gas" sample about another civil servant, the act two days ago and known yesterday. */
    private static String sample() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Makassar"));
        return Files.readString(EndToEndSystem.HOME.resolve(Path.of("deploy/local/samples/gas-tagline.json")))
                .replace("Yohanes Bria", ACCUSED).replace("198609262015051001", NIP)
                .replaceAll("\"date\": \"[0-9-]+\"", "\"date\": \"" + today.minusDays(2) + "\"")
                .replaceAll("\"knownDate\": \"[0-9-]+\"", "\"knownDate\": \"" + today.minusDays(1) + "\"");
    }
}

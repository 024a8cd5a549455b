package id.netral.faults;

import com.fasterxml.jackson.databind.JsonNode;
import id.netral.infra.DevIdentityProvider;
import id.netral.local.LocalSystem;
import id.netral.local.NetralService;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What became of each streamed case, read where its people would see it: the recommendations BKPPD lists for the
 * report, the notices notification-service holds, and the e-mails that reached the SMTP server.
 */
final class CaseOutcomes {
    /** The OPD head's notice and its copies to the PPK, BKPPD and the Inspectorate. */
    static final int RECIPIENTS_PER_CASE = 4;

    private final NetralApi api;
    private final LocalSystem system;
    private final MailLog mail;

    CaseOutcomes(NetralApi api, LocalSystem system, MailLog mail) {
        this.api = api;
        this.system = system;
        this.mail = mail;
    }

    record Outcome(CaseStream.StreamedCase streamed, int recommendations, int notices, int noticeRecipients,
                   int mailRecipients, int recipientsWithMoreThanOneMessageId, int mailDeliveries) {

        boolean arrived() {
            return recommendations >= 1 && mailRecipients >= RECIPIENTS_PER_CASE;
        }

        boolean exactlyOnce() {
            return recommendations == 1 && notices == RECIPIENTS_PER_CASE && noticeRecipients == RECIPIENTS_PER_CASE
                    && mailRecipients == RECIPIENTS_PER_CASE && recipientsWithMoreThanOneMessageId == 0;
        }
    }

    /** Waits until every case arrived or the timeout passed, then returns each case's outcome. */
    List<Outcome> settle(List<CaseStream.StreamedCase> cases, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<CaseStream.StreamedCase> waiting = new ArrayList<>(cases);
        while (!waiting.isEmpty() && System.nanoTime() < deadline) {
            waiting.removeIf(streamed -> read(streamed).arrived());
            if (!waiting.isEmpty()) {
                FaultSchedule.progress(waiting.size() + " cases still on their way");
                Thread.sleep(5_000);
            }
        }
        return cases.stream().map(this::read).toList();
    }

    Outcome read(CaseStream.StreamedCase streamed) {
        DevIdentityProvider identity = system.identityProvider();
        String officer = identity.token("personnel-officer");
        int recommendations = list(NetralService.SANCTION, "/api/v1/recommendations?reportId=" + streamed.reportId(),
                officer).map(JsonNode::size).orElse(0);
        Optional<JsonNode> notices = list(NetralService.NOTIFICATION,
                "/api/v1/notifications?reportId=" + streamed.reportId(), officer);
        int noticeRecipients = notices.map(CaseOutcomes::distinctRecipients).orElse(0);
        Map<String, Set<String>> messageIds = mail.messageIdsByRecipient(streamed.employeeId());
        int doubled = (int) messageIds.values().stream().filter(ids -> ids.size() > 1).count();
        return new Outcome(streamed, recommendations, notices.map(JsonNode::size).orElse(0), noticeRecipients,
                messageIds.size(), doubled, mail.deliveries(streamed.employeeId()));
    }

    private static int distinctRecipients(JsonNode notices) {
        Map<String, Integer> byRecipient = new HashMap<>();
        notices.forEach(notice -> byRecipient.merge(notice.path("recipientRole").asText() + "/"
                + notice.path("recipientOffice").asText(), 1, Integer::sum));
        return byRecipient.size();
    }

    private Optional<JsonNode> list(NetralService service, String path, String token) {
        HttpRequest request = NetralApi.request(system.url(service), path, token).GET().build();
        return api.send(request).filter(answer -> answer.statusCode() == 200).map(HttpResponse::body)
                .map(NetralApi::json).map(json -> json.isArray() ? json : json.path("items"));
    }
}

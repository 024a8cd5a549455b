package id.netral.notification;

import id.netral.events.EventEnvelope;
import id.netral.events.EventJson;
import id.netral.events.EventType;
import id.netral.events.SanctionDecided;
import id.netral.events.SanctionNotImposed;
import id.netral.infra.Callers;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Recording the procedure's steps in tests, on the service's clock. */
public final class Procedures {
    private Procedures() {
    }

    /** Today in Kupang on the service's (test) clock. */
    public static LocalDate today() {
        return LocalDate.now(TestClock.INSTANCE);
    }

    public static ValidatableResponse record(String opd, String noticeId, String step, String number, LocalDate date) {
        Map<String, Object> body = new HashMap<>();
        body.put("step", step);
        if (number != null) {
            body.put("documentNumber", number);
        }
        if (date != null) {
            body.put("documentDate", date.toString());
        }
        return Callers.asOpdHead(opd).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/notifications/{id}/follow-ups", noticeId).then();
    }

    public static void notProven(UUID reportId, UUID recommendationId, LocalDate decreeDate) {
        String key = reportId.toString();
        Notices.topics().publish(new EventEnvelope(UUID.randomUUID(), EventType.SANCTION_NOT_IMPOSED,
                "/netral/sanction-service", key, Instant.now(), key, EventJson.write(new SanctionNotImposed(
                recommendationId, reportId, "800/124/BKPPD/2024", decreeDate, "NOT_PROVEN", "Tidak terbukti",
                "walikota", Instant.now()))));
    }

    public static void decide(UUID reportId, UUID recommendationId, LocalDate decreeDate, String sanction) {
        String key = reportId.toString();
        Notices.topics().publish(new EventEnvelope(UUID.randomUUID(), EventType.SANCTION_DECIDED,
                "/netral/sanction-service", key, Instant.now(), key, EventJson.write(new SanctionDecided(
                recommendationId, reportId, "800/117/BKPPD/2024", decreeDate, sanction, "walikota", Instant.now()))));
    }
}

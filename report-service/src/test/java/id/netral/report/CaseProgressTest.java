package id.netral.report;

import id.netral.events.Accused;
import id.netral.events.EmploymentType;
import id.netral.events.EventEnvelope;
import id.netral.events.EventJson;
import id.netral.events.EventType;
import id.netral.events.NotificationDelivered;
import id.netral.events.NotificationDeliveredV1;
import id.netral.events.ReportSubmitted;
import id.netral.events.ReportVerified;
import id.netral.events.SanctionRecommended;
import id.netral.events.Topics;
import id.netral.infra.EmbeddedInfraResource;
import id.netral.infra.Metrics;
import id.netral.infra.TopicClient;
import io.restassured.RestAssured;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Verification, the events it emits, the downstream events folded back in, and what the reporter sees. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "report"))
class CaseProgressTest {
    private final TopicClient topics = new TopicClient(EmbeddedInfraResource.bootstrapServers());

    @Test
    void aVerifiedCaseEmitsTheConfirmedKindForSanctionService() {
        UUID id = SampleReports.submit(SampleReports.gasTaglinePost());

        SampleReports.asVerifier().contentType(ContentType.JSON)
                .body(Map.of("decision", "VERIFIED", "violationKind", "D2"))
                .when().post("/api/v1/reports/{id}/verification", id)
                .then().statusCode(200)
                .body("status", equalTo("VERIFIED"))
                .body("decision.violationKind", equalTo("D2"))
                .body("timeline.step", contains("SUBMITTED", "REGISTERED", "VERIFIED"))
                .body("timeline.by", contains(SampleReports.PARTNER_APP, "screening", "verifier-user"));

        ReportVerified verified = await().atMost(Duration.ofSeconds(20))
                .until(() -> topics.events(Topics.REPORTS, id.toString()).stream()
                        .filter(e -> e.type() == EventType.REPORT_VERIFIED).toList(), list -> list.size() == 1)
                .get(0).payload(ReportVerified.class);
        assertThat(verified.violationKind()).isEqualTo("D2");
        assertThat(verified.accused().employeeId()).startsWith(SampleReports.NIP_PREFIX);
    }

    @Test
    void onlyAProvenCaseNamesTheAccusedOnTheTopic() {
        Map<String, Object> unproven = SampleReports.gasTaglinePost();
        SampleReports.part(unproven, "accused").put("name", "Ignasius Lake Manu");
        String unprovenNip = (String) SampleReports.part(unproven, "accused").get("employeeId");
        UUID notProven = SampleReports.submit(unproven);
        SampleReports.asVerifier().contentType(ContentType.JSON)
                .body(Map.of("decision", "NEEDS_INFO", "note", "Siapa pemilik akun itu?"))
                .when().post("/api/v1/reports/{id}/verification", notProven).then().statusCode(200);
        SampleReports.asVerifier().contentType(ContentType.JSON)
                .body(Map.of("decision", "NOT_PROVEN", "note", "Akun bukan milik terlapor"))
                .when().post("/api/v1/reports/{id}/verification", notProven).then().statusCode(200);

        Map<String, Object> proven = SampleReports.gasTaglinePost();
        SampleReports.part(proven, "accused").put("name", "Maria Goreti Tefa");
        String provenNip = (String) SampleReports.part(proven, "accused").get("employeeId");
        UUID verified = SampleReports.submit(proven);
        SampleReports.verify(verified, "D2");

        List<TopicClient.Received> ofUnproven = await().atMost(Duration.ofSeconds(20))
                .until(() -> records(notProven), list -> list.size() == 4);
        assertThat(ofUnproven).extracting(r -> r.event().type()).containsExactly(EventType.REPORT_SUBMITTED,
                EventType.REPORT_SCREENED, EventType.REPORT_STATUS_CHANGED, EventType.REPORT_STATUS_CHANGED);
        assertThat(ofUnproven.get(0).headers().get("ce_type")).isEqualTo("id.netral.report.submitted.v2");
        ReportSubmitted submitted = ofUnproven.get(0).event().payload(ReportSubmitted.class);
        assertThat(submitted.opdCode()).isEqualTo("DISPERKIM");
        assertThat(submitted.employmentType()).isEqualTo(EmploymentType.PNS);
        for (TopicClient.Received record : ofUnproven) {
            assertThat(record.value() + record.headers()).as(record.event().type().ceType())
                    .doesNotContain("Ignasius", unprovenNip, unprovenNip.substring(0, 8), "Kepala Seksi Perumahan");
        }

        List<TopicClient.Received> ofProven = await().atMost(Duration.ofSeconds(20))
                .until(() -> records(verified), list -> list.size() == 3);
        assertThat(ofProven).extracting(r -> r.event().type()).containsExactly(EventType.REPORT_SUBMITTED,
                EventType.REPORT_SCREENED, EventType.REPORT_VERIFIED);
        for (TopicClient.Received record : ofProven.subList(0, 2)) {
            assertThat(record.value()).as(record.event().type().ceType()).doesNotContain("Maria Goreti", provenNip);
        }
        ReportVerified confirmed = ofProven.get(2).event().payload(ReportVerified.class);
        assertThat(confirmed.accused().name()).isEqualTo("Maria Goreti Tefa");
        assertThat(confirmed.accused().employeeId()).isEqualTo(provenNip);
    }

    private List<TopicClient.Received> records(UUID reportId) {
        return topics.all(Topics.REPORTS).stream().filter(r -> r.key().equals(reportId.toString())).toList();
    }

    @Test
    void aDecisionNeedsItsKindOrReasonAndCanBeMadeOnlyOnce() {
        UUID id = SampleReports.submit(SampleReports.gasTaglinePost());

        SampleReports.asVerifier().contentType(ContentType.JSON).body(Map.of("decision", "VERIFIED"))
                .when().post("/api/v1/reports/{id}/verification", id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("violationKind"));
        SampleReports.asVerifier().contentType(ContentType.JSON).body(Map.of("decision", "NOT_PROVEN"))
                .when().post("/api/v1/reports/{id}/verification", id)
                .then().statusCode(400).body("errors.field", contains("note"));
        SampleReports.asVerifier().contentType(ContentType.JSON).body(Map.of("decision", "VERIFIED", "violationKind", "D14"))
                .when().post("/api/v1/reports/{id}/verification", id)
                .then().statusCode(400).body("errors.field", contains("violationKind"));
        SampleReports.asVerifier().when().get("/api/v1/reports/{id}", id).then().body("status", equalTo("REGISTERED"));

        SampleReports.asVerifier().contentType(ContentType.JSON)
                .body(Map.of("decision", "NOT_PROVEN", "note", "Akun bukan milik terlapor"))
                .when().post("/api/v1/reports/{id}/verification", id)
                .then().statusCode(200).body("status", equalTo("NOT_PROVEN"));
        SampleReports.asVerifier().contentType(ContentType.JSON)
                .body(Map.of("decision", "VERIFIED", "violationKind", "D2"))
                .when().post("/api/v1/reports/{id}/verification", id)
                .then().statusCode(409).contentType("application/problem+json");

        SampleReports.asVerifier().contentType(ContentType.JSON)
                .body(Map.of("decision", "VERIFIED", "violationKind", "D2"))
                .when().post("/api/v1/reports/{id}/verification", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aCaseNeedingInformationCanStillBeVerified() {
        UUID id = SampleReports.submit(SampleReports.gasTaglinePost());
        SampleReports.asVerifier().contentType(ContentType.JSON)
                .body(Map.of("decision", "NEEDS_INFO", "note", "Kapan foto diunggah?"))
                .when().post("/api/v1/reports/{id}/verification", id)
                .then().statusCode(200).body("status", equalTo("NEEDS_INFO"));

        SampleReports.verify(id, "D2");

        SampleReports.asVerifier().when().get("/api/v1/reports/{id}", id)
                .then().body("timeline.step", contains("SUBMITTED", "REGISTERED", "NEEDS_INFO", "VERIFIED"));
    }

    @Test
    void downstreamEventsReachTheTimelineOnceAndTheReporterSeesProgressWithoutNames() {
        UUID id = SampleReports.submit(SampleReports.gasTaglinePost());
        SampleReports.verify(id, "D2");
        String trackingCode = SampleReports.asVerifier().when().get("/api/v1/reports/{id}", id).then().extract().path("trackingCode");

        EventEnvelope recommended = envelope(EventType.SANCTION_RECOMMENDED, "/netral/sanction-service", id,
                recommendation(id));
        topics.publish(recommended);
        topics.publish(recommended);
        // the copy (tembusan) to the PPK is on the timeline, but the case is not NOTIFIED until the OPD head is
        topics.publish(envelope(EventType.NOTIFICATION_DELIVERED, "/netral/notification-service", id,
                new NotificationDelivered(UUID.randomUUID(), id, UUID.randomUUID(), "PPK", "DISPERKIM",
                        "EMAIL", Instant.now(), "NOTICE")));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                SampleReports.asVerifier().when().get("/api/v1/reports/{id}", id).then()
                        .body("status", equalTo("RECOMMENDED"))
                        .body("timeline.step", hasItem("COPY_SENT")));
        topics.publish(envelope(EventType.NOTIFICATION_DELIVERED, "/netral/notification-service", id,
                new NotificationDelivered(UUID.randomUUID(), id, UUID.randomUUID(), "OPD_HEAD", "DISPERKIM",
                        "EMAIL", Instant.now(), "NOTICE")));
        topics.publish(envelope(EventType.NOTIFICATION_DELIVERED, "/netral/notification-service", id,
                new NotificationDelivered(UUID.randomUUID(), id, UUID.randomUUID(), "OPD_HEAD", "DISPERKIM",
                        "WEBHOOK", Instant.now().plusSeconds(1), "REMINDER")));
        topics.publish(envelope(EventType.NOTIFICATION_DELIVERED, "/netral/notification-service", id,
                new NotificationDelivered(UUID.randomUUID(), id, UUID.randomUUID(), "OPD_HEAD", "DISPERKIM",
                        "EMAIL", Instant.now().plusSeconds(2), "REVISION")));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                SampleReports.asVerifier().when().get("/api/v1/reports/{id}", id).then()
                        .body("status", equalTo("NOTIFIED"))
                        .body("timeline.step", contains("SUBMITTED", "REGISTERED", "VERIFIED", "RECOMMENDED",
                                "COPY_SENT", "NOTIFIED", "REMINDER_SENT", "REVISION_SENT")));
        // people read the timeline: other services' steps in words, not the events' codes or ISO dates
        String timeline = SampleReports.asVerifier().when().get("/api/v1/reports/{id}", id).then()
                .body("timeline.find { it.step == 'RECOMMENDED' }.detail", equalTo("Rancangan Netral: hukuman disiplin tingkat berat; "
                        + "sanksi yang direkomendasikan: penurunan jabatan setingkat lebih rendah selama 12 bulan; "
                        + "PPK bertindak paling lambat 13 Oktober 2024"))
                .body("timeline.find { it.step == 'RECOMMENDED' }.by", equalTo("Netral (rekomendasi sanksi)"))
                .body("timeline.find { it.step == 'COPY_SENT' }.detail", equalTo("PPK (Wali Kota), lewat surel"))
                .body("timeline.find { it.step == 'NOTIFIED' }.detail", equalTo("Kepala OPD DISPERKIM, lewat surel"))
                .body("timeline.find { it.step == 'REMINDER_SENT' }.detail",
                        equalTo("Kepala OPD DISPERKIM, lewat sistem kantor (webhook)"))
                .extract().jsonPath().getList("timeline").toString();
        assertThat(timeline).doesNotContain("DISCIPLINE", "BERAT", "OPD_HEAD", "EMAIL", "WEBHOOK", "2024-10-13",
                "/netral/");

        given().when().get("/api/v1/tracking/{code}", trackingCode.toLowerCase())
                .then().statusCode(200)
                .body("status", equalTo("NOTIFIED"))
                .body("steps.label", hasItem("Pimpinan OPD telah diberi tahu"))
                .body(not(containsString("Yohanes")))
                .body(not(containsString(SampleReports.NIP_PREFIX)))
                .body(not(containsString(SampleReports.REPORTER_NAME)))
                .body(not(containsString("DISPERKIM")));
    }

    @Test
    void aBodyResultLetterAndAStepsChasingHaveStepsOfTheirOwnAndAnOldDeliveryReadsAsItWasWritten() {
        UUID id = SampleReports.submit(SampleReports.gasTaglinePost());
        SampleReports.verify(id, "D2");
        String trackingCode = SampleReports.asVerifier().when().get("/api/v1/reports/{id}", id).then().extract()
                .path("trackingCode");
        topics.publish(envelope(EventType.SANCTION_RECOMMENDED, "/netral/sanction-service", id, recommendation(id)));
        Instant at = Instant.now();
        // written by a notification-service before v2: a first notice without a kind, and a revision
        topics.publish(deliveredBeforeV2(id, at, null));
        topics.publish(deliveredBeforeV2(id, at.plusSeconds(1), "REVISION"));
        topics.publish(delivered(id, "PPK", "EMAIL", at.plusSeconds(2), "BODY_RESULT"));
        topics.publish(delivered(id, "OPD_HEAD", "WEBHOOK", at.plusSeconds(3), "STEP_REMINDER"));
        topics.publish(delivered(id, "SEKDA", "EMAIL", at.plusSeconds(4), "STEP_ESCALATION"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                SampleReports.asVerifier().when().get("/api/v1/reports/{id}", id).then()
                        .body("status", equalTo("NOTIFIED"))
                        .body("timeline.step", contains("SUBMITTED", "REGISTERED", "VERIFIED", "RECOMMENDED",
                                "NOTIFIED", "REVISION_SENT", "BODY_RESULT_SENT", "STEP_REMINDER_SENT",
                                "STEP_ESCALATED")));
        String timeline = SampleReports.asVerifier().when().get("/api/v1/reports/{id}", id).then()
                .body("timeline.find { it.step == 'BODY_RESULT_SENT' }.label",
                        equalTo("Hasil pemeriksaan KASN atau BKN disampaikan kepada PPK, BKPPD dan pimpinan OPD"))
                .body("timeline.find { it.step == 'BODY_RESULT_SENT' }.detail", equalTo("PPK (Wali Kota), lewat surel"))
                .body("timeline.find { it.step == 'STEP_REMINDER_SENT' }.detail",
                        equalTo("Kepala OPD DISPERKIM, lewat sistem kantor (webhook)"))
                .body("timeline.find { it.step == 'STEP_ESCALATED' }.detail", equalTo("Sekretaris Daerah, lewat surel"))
                .extract().jsonPath().getList("timeline").toString();
        assertThat(timeline).doesNotContain("BODY_RESULT\"", "STEP_REMINDER\"", "perubahan rekomendasi",
                "diingatkan untuk menindaklanjuti");
        given().when().get("/api/v1/tracking/{code}", trackingCode)
                .then().statusCode(200)
                .body("steps.label", hasItem("Langkah yang melewati batas waktu dilaporkan kepada PPK, Sekda dan BKPPD"))
                .body(not(containsString("DISPERKIM")));
    }

    @Test
    void aPoisonEventIsParkedWithItsReasonAndTheNextOneIsStillHandled() {
        UUID id = SampleReports.submit(SampleReports.gasTaglinePost());
        SampleReports.verify(id, "E2");
        ProducerRecord<String, String> poison = new ProducerRecord<>(Topics.SANCTIONS, id.toString(),
                "{\"not\":\"a recommendation\"}");
        envelope(EventType.SANCTION_RECOMMENDED, "/netral/sanction-service", id, recommendation(id)).headers()
                .forEach((name, value) -> poison.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        topics.send(poison);
        topics.publish(envelope(EventType.SANCTION_RECOMMENDED, "/netral/sanction-service", id, recommendation(id)));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                SampleReports.asVerifier().when().get("/api/v1/reports/{id}", id).then().body("status", equalTo("RECOMMENDED")));
        List<TopicClient.Received> parked = await().atMost(Duration.ofSeconds(20))
                .until(() -> topics.all("netral.report-service.dead-letter.v1").stream()
                        .filter(r -> id.toString().equals(r.key())).toList(), list -> !list.isEmpty());
        assertThat(parked.get(0).headers().get("dead-letter-reason")).contains("breaks its schema");
    }

    @Test
    void anUnknownTrackingCodeSaysOnlyNotFound() {
        given().when().get("/api/v1/tracking/{code}", "ZZZZ-ZZZZ-ZZZZ")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("No case has this tracking code"));
    }

    @Test
    void healthAndOpenApiAreServed() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/health/started").then().statusCode(200);
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/reports"))
                .body("components.securitySchemes.SecurityScheme.scheme", equalTo("bearer"))
                .body("paths.'/api/v1/reports'.post.security", org.hamcrest.Matchers.notNullValue())
                .body("paths.'/api/v1/tracking/{code}'.get.security", org.hamcrest.Matchers.nullValue())
                .body("components.schemas.Incident.properties.kelurahanCode.examples[0]", equalTo("53.71.04.1009"));
    }

    @Test
    void operatorsSeeOnTheMetricsWhatBecameOfConsumedEventsAndHowFarTheOutboxIsBehind() {
        UUID id = SampleReports.submit(SampleReports.gasTaglinePost());
        SampleReports.verify(id, "D2");
        double handledBefore = metric("netral_inbound_events_total{outcome=\"handled\",type=\"SANCTION_RECOMMENDED\"}");
        double duplicatesBefore = metric(
                "netral_inbound_events_total{outcome=\"duplicate\",type=\"SANCTION_RECOMMENDED\"}");

        EventEnvelope recommended = envelope(EventType.SANCTION_RECOMMENDED, "/netral/sanction-service", id,
                recommendation(id));
        topics.publish(recommended);
        topics.publish(recommended);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(metric("netral_inbound_events_total{outcome=\"handled\",type=\"SANCTION_RECOMMENDED\"}"))
                    .isEqualTo(handledBefore + 1);
            assertThat(metric("netral_inbound_events_total{outcome=\"duplicate\",type=\"SANCTION_RECOMMENDED\"}"))
                    .isEqualTo(duplicatesBefore + 1);
        });
        // the submission and the verification went out through the outbox, which has caught up since
        assertThat(metric("netral_outbox_published_events_total")).isGreaterThanOrEqualTo(2);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(metric("netral_outbox_pending_events")).isZero();
            assertThat(metric("netral_outbox_oldest_pending_age_seconds")).isZero();
        });
        assertThat(metric("http_server_requests_seconds_count{method=\"POST\",outcome=\"SUCCESS\",status=\"201\","
                + "uri=\"/api/v1/reports\"}")).isPositive();
    }

    @Test
    void thePartnerAppsTraceTravelsWithTheEventsOfItsReport() {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        UUID id = UUID.fromString(SampleReports.asPartner().contentType(ContentType.JSON)
                .header("traceparent", "00-" + traceId + "-b7ad6b7169203331-01")
                .body(SampleReports.gasTaglinePost())
                .when().post("/api/v1/reports")
                .then().statusCode(201).extract().path("id"));

        TopicClient.Received submitted = await().atMost(Duration.ofSeconds(20)).until(() -> topics.all(Topics.REPORTS)
                .stream().filter(record -> record.key().equals(id.toString())).findFirst(), Optional::isPresent)
                .orElseThrow();
        // the same trace, continued by this service's own span: only the trace id is shared
        assertThat(submitted.headers().get("traceparent")).matches("00-" + traceId + "-[0-9a-f]{16}-0[01]")
                .doesNotContain("b7ad6b7169203331");
    }

    /** A sample's value on /q/metrics; 0 when the series does not exist yet. */
    private static double metric(String series) {
        return Metrics.value(RestAssured.baseURI + ":" + RestAssured.port, series, 0);
    }

    private static SanctionRecommended recommendation(UUID reportId) {
        return new SanctionRecommended(UUID.randomUUID(), reportId,
                new Accused("198609262015051001", "Yohanes Bria", EmploymentType.PNS, "DISPERKIM", null), "D2",
                "DISCIPLINE", "BERAT", List.of("B1", "B2", "B3"), "B1", List.of("PP 94/2021 Pasal 8 ayat (4)"), "BKN",
                LocalDate.of(2024, 10, 13), List.of("SKB 2022 D2"), "SKB2022-PP94-v1", Instant.now(), null,
                Map.of("B1", "penurunan jabatan setingkat lebih rendah selama 12 bulan"));
    }

    private static EventEnvelope delivered(UUID reportId, String role, String channel, Instant at, String kind) {
        return envelope(EventType.NOTIFICATION_DELIVERED, "/netral/notification-service", reportId,
                new NotificationDelivered(UUID.randomUUID(), reportId, UUID.randomUUID(), role, "DISPERKIM", channel,
                        at, kind));
    }

    /** A delivery to the OPD head by e-mail as notification-service wrote it before v2 (a null kind: the first). */
    @SuppressWarnings("deprecation")
    private static EventEnvelope deliveredBeforeV2(UUID reportId, Instant at, String kind) {
        return envelope(EventType.NOTIFICATION_DELIVERED_V1, "/netral/notification-service", reportId,
                new NotificationDeliveredV1(UUID.randomUUID(), reportId, UUID.randomUUID(), "OPD_HEAD", "DISPERKIM",
                        "EMAIL", at, kind));
    }

    private static EventEnvelope envelope(EventType type, String source, UUID reportId, Object payload) {
        return new EventEnvelope(UUID.randomUUID(), type, source, reportId.toString(), Instant.now(),
                reportId.toString(), EventJson.write(payload));
    }
}

package id.netral.sanction;

import id.netral.infra.Callers;
import id.netral.events.Accused;
import id.netral.events.EmploymentType;
import id.netral.events.EventEnvelope;
import id.netral.events.EventJson;
import id.netral.events.EventType;
import id.netral.events.ReportSubmitted;
import id.netral.events.ReportSubmittedV1;
import id.netral.events.SanctionRecommended;
import id.netral.events.Topics;
import id.netral.infra.EmbeddedInfraResource;
import id.netral.infra.Metrics;
import id.netral.infra.TopicClient;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

/** A verified case as report-service publishes it, through Kafka, the rules and the outbox, to the sanctions topic. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "sanction"))
class VerifiedCaseFlowTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String DEAD_LETTERS = "netral.sanction-service.dead-letter.v1";

    private final TopicClient topics = new TopicClient(EmbeddedInfraResource.bootstrapServers());

    @Test
    void aPnsCampaigningOnSocialMediaGetsAHeavyDisciplineRecommendationAndTheEventCarriesNoReporter() {
        UUID reportId = UUID.randomUUID();
        topics.publish(verified(reportId, "D2", EmploymentType.PNS));

        String id = awaitRecommendationOf(reportId);
        String recommendedAt = Callers.asOfficer().when().get("/api/v1/recommendations/{id}", id)
                .then().statusCode(200)
                .body("reportId", equalTo(reportId.toString()))
                .body("accused.employeeId", matchesPattern("[0-9]{18}"))
                .body("violationKind", equalTo("D2"))
                .body("track", equalTo("DISCIPLINE"))
                .body("level", equalTo("BERAT"))
                .body("allowedSanctions", contains("B1", "B2", "B3"))
                .body("recommendedSanction", equalTo("B1"))
                .body("sanctioningBody", equalTo("BKN"))
                .body("ruleVersion", equalTo("SKB2022-UU20-v2"))
                .body("legalBasis", hasItem("PP 94/2021 Pasal 8"))
                .extract().path("recommendedAt");
        LocalDate dueDate = LocalDate.ofInstant(Instant.parse(recommendedAt), ZoneId.of("Asia/Makassar"))
                .plusDays(10);
        Callers.asOfficer().when().get("/api/v1/recommendations/{id}", id)
                .then().body("ppkDueDate", equalTo(dueDate.toString()));

        List<EventEnvelope> events = awaitSanctionEvents(reportId);
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(EventType.SANCTION_RECOMMENDED);
            assertThat(event.source()).isEqualTo("/netral/sanction-service");
            assertThat(event.subject()).isEqualTo(reportId.toString());
            assertThat(event.payloadJson()).doesNotContainIgnoringCase("reporter");
            SanctionRecommended recommended = event.payload(SanctionRecommended.class);
            assertThat(recommended.recommendationId()).hasToString(id);
            assertThat(recommended.track()).isEqualTo("DISCIPLINE");
            assertThat(recommended.level()).isEqualTo("BERAT");
            assertThat(recommended.allowedSanctions()).containsExactly("B1", "B2", "B3");
            assertThat(recommended.sanctioningBody()).isEqualTo("BKN");
            assertThat(recommended.ppkDueDate()).isEqualTo(dueDate);
            // consumers word their letters from the catalogue's own texts, carried in the event
            assertThat(recommended.sanctionTexts()).containsOnlyKeys("B1", "B2", "B3")
                    .containsEntry("B1", "penurunan jabatan setingkat lebih rendah selama 12 bulan");
            assertThat(recommended.violationText()).startsWith("Sosialisasi atau kampanye melalui media sosial");
        });
    }

    @Test
    void aRedeliveredEventMakesNoSecondRecommendationAndNoSecondEvent() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        EventEnvelope redelivered = verified(first, "E2", EmploymentType.PPPK);
        topics.send(onOnePartition(redelivered));
        topics.send(onOnePartition(redelivered));
        topics.send(onOnePartition(verified(second, "D3", EmploymentType.NON_ASN)));

        awaitRecommendationOf(second);
        Callers.asOfficer().queryParam("reportId", first.toString()).when().get("/api/v1/recommendations")
                .then().statusCode(200)
                .body("size()", equalTo(1))
                // E2 verified for an act of 1 Oct 2024, after the Pilkada candidates were fixed: its discipline row
                .body("[0].violationKind", equalTo("E2"))
                .body("[0].appliedKind", equalTo("D2"))
                .body("[0].track", equalTo("DISCIPLINE"))
                .body("[0].recommendedSanction", equalTo("PPPK_TERMINATION"));
        // a PTT's case is the PPK's under the Perwali or the contract; BKN has no role for non-ASN staff
        Callers.asOfficer().queryParam("reportId", second.toString()).when().get("/api/v1/recommendations")
                .then().statusCode(200)
                .body("[0].track", equalTo("CONTRACT"))
                .body("[0].explanation", hasItem(containsString("ditangani PPK (Wali Kota Kupang) menurut Peraturan "
                        + "Wali Kota")))
                .body("[0].explanation", not(hasItem(containsString("ditangani BKN"))));
        awaitSanctionEvents(second);
        assertThat(awaitSanctionEvents(first)).hasSize(1);
    }

    @Test
    void aPoisonRecordIsParkedWithItsReasonAndTheNextCaseIsStillHandled() {
        UUID poisoned = UUID.randomUUID();
        EventEnvelope poison = new EventEnvelope(UUID.randomUUID(), EventType.REPORT_VERIFIED,
                "/netral/report-service", poisoned.toString(), Instant.now(), poisoned.toString(),
                "{\"reportId\": \"" + poisoned + "\", \"violationKind\": \"D99\"}");
        UUID next = UUID.randomUUID();
        topics.send(onOnePartition(poison));
        topics.send(onOnePartition(verified(next, "D5", EmploymentType.PNS)));

        TopicClient.Received parked = await().atMost(PATIENCE)
                .until(() -> topics.all(DEAD_LETTERS).stream().filter(r -> poisoned.toString().equals(r.key()))
                        .toList(), list -> !list.isEmpty()).get(0);
        assertThat(parked.headers().get("dead-letter-reason")).contains("breaks its schema");

        String id = awaitRecommendationOf(next);
        Callers.asOfficer().when().get("/api/v1/recommendations/{id}", id)
                .then().body("track", equalTo("DISMISSAL"))
                .body("recommendedSanction", equalTo("PTDH"));
        Callers.asOfficer().queryParam("reportId", poisoned.toString()).when().get("/api/v1/recommendations")
                .then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    @SuppressWarnings("deprecation")
    void submissionsOfEitherVersionArePassedOverNotParked() {
        UUID reportId = UUID.randomUUID();
        String service = RestAssured.baseURI + ":" + RestAssured.port;
        String passedOverV1 = "netral_inbound_events_total{outcome=\"passed_over\",type=\"REPORT_SUBMITTED_V1\"}";
        String passedOverV2 = "netral_inbound_events_total{outcome=\"passed_over\",type=\"REPORT_SUBMITTED\"}";
        double v1Before = Metrics.value(service, passedOverV1, 0);
        double v2Before = Metrics.value(service, passedOverV2, 0);
        // a v1 record still on the topic from before the accused left unproven submissions, then a v2 one
        topics.send(onOnePartition(new EventEnvelope(UUID.randomUUID(), EventType.REPORT_SUBMITTED_V1,
                "/netral/report-service", reportId.toString(), Instant.now(), reportId.toString(),
                EventJson.write(new ReportSubmittedV1(reportId, Instant.now(), new Accused(Cases.newEmployeeId(),
                        "Yohanes Bria", EmploymentType.PNS, "DISPERKIM", null), "PILKADA-2024",
                        LocalDate.parse("2024-10-01"), LocalDate.parse("2024-10-02"), "53.71.04.1009", "D2")))));
        topics.send(onOnePartition(new EventEnvelope(UUID.randomUUID(), EventType.REPORT_SUBMITTED,
                "/netral/report-service", reportId.toString(), Instant.now(), reportId.toString(),
                EventJson.write(new ReportSubmitted(reportId, Instant.now(), "DISPERKIM", EmploymentType.PNS,
                        "PILKADA-2024", LocalDate.parse("2024-10-01"), LocalDate.parse("2024-10-02"),
                        "53.71.04.1009", "D2")))));
        topics.send(onOnePartition(verified(reportId, "D2", EmploymentType.PNS)));

        awaitRecommendationOf(reportId);
        assertThat(Metrics.value(service, passedOverV1, 0)).isGreaterThan(v1Before);
        assertThat(Metrics.value(service, passedOverV2, 0)).isGreaterThan(v2Before);
        assertThat(awaitSanctionEvents(reportId)).singleElement()
                .extracting(EventEnvelope::type).isEqualTo(EventType.SANCTION_RECOMMENDED);
    }

    @Test
    void theTraceOfAVerifiedCaseContinuesIntoItsRecommendation() {
        UUID reportId = UUID.randomUUID();
        String traceId = UUID.randomUUID().toString().replace("-", "");
        EventEnvelope event = verified(reportId, "D2", EmploymentType.PNS);
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.REPORTS, event.key(), event.payloadJson());
        event.headers().forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        record.headers().add("traceparent",
                ("00-" + traceId + "-b7ad6b7169203331-01").getBytes(StandardCharsets.US_ASCII));
        topics.send(record);

        TopicClient.Received recommended = await().atMost(PATIENCE).until(() -> topics.all(Topics.SANCTIONS).stream()
                .filter(sent -> sent.key().equals(reportId.toString())).findFirst(), Optional::isPresent)
                .orElseThrow();
        assertThat(recommended.headers().get("traceparent")).matches("00-" + traceId + "-[0-9a-f]{16}-0[01]")
                .doesNotContain("b7ad6b7169203331");
    }

    private static EventEnvelope verified(UUID reportId, String kind, EmploymentType type) {
        // each case of its own employee, so that no other case counts as an earlier offence
        return Cases.verified(reportId, kind, type, type == EmploymentType.NON_ASN ? null : Cases.newEmployeeId(),
                "DISPERKIM",
                "PILKADA-2024", LocalDate.parse("2024-10-01"));
    }

    /**
     * The record on partition 0 whatever its key, so that records of different cases reach the consumer in the order
     * sent; the consumer itself does not depend on the partition.
     */
    private static ProducerRecord<String, String> onOnePartition(EventEnvelope event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.REPORTS, 0, event.key(),
                event.payloadJson());
        event.headers().forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    private static String awaitRecommendationOf(UUID reportId) {
        return Cases.awaitRecommendationOf(reportId);
    }

    private List<EventEnvelope> awaitSanctionEvents(UUID reportId) {
        return await().atMost(PATIENCE)
                .until(() -> topics.events(Topics.SANCTIONS, reportId.toString()), list -> !list.isEmpty());
    }
}

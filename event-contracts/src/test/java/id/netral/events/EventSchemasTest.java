package id.netral.events;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventSchemasTest {
    private static final Accused ACCUSED = new Accused("198609262015051001", "Yohanes Bria", EmploymentType.PNS,
            "DISPERKIM", "Kepala Seksi");
    private static final UUID REPORT_ID = UUID.randomUUID();

    @Test
    void everyPayloadTypeWrittenByTheCodecFitsItsSchema() {
        List<Object> payloads = List.of(
                new ReportSubmitted(REPORT_ID, Instant.now(), "DISPERKIM", EmploymentType.PNS, "PILKADA-2024",
                        LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 2), "53.71.04.1009", "D2"),
                new ReportScreened(REPORT_ID, "REGISTERED", List.of(), null, LocalDate.of(2024, 10, 9), Instant.now()),
                new ReportStatusChanged(REPORT_ID, "NEEDS_INFO", Instant.now()),
                new ReportVerified(REPORT_ID, Instant.now(), "D2", ACCUSED, "PILKADA-2024", LocalDate.of(2024, 10, 1)),
                new StudyForwarded(REPORT_ID, LocalDate.of(2024, 10, 7), "112/PP.01.02/K.NT-12/10/2024",
                        "Ketua Bawaslu Kota Kupang", "BKN", "SBT", "verifikator-1", Instant.now()),
                new BodyResultRecorded(UUID.randomUUID(), REPORT_ID, "BKN", "LHP-0451/2024", LocalDate.of(2024, 10, 18),
                        "B2", "pembebasan dari jabatan", "B1", "bkppd-officer", Instant.now()),
                new SanctionRecommended(UUID.randomUUID(), REPORT_ID, ACCUSED, "D2", "DISCIPLINE", "BERAT",
                        List.of("B1", "B2", "B3"), "B1", List.of("PP 94/2021 Pasal 8 ayat (4)"), "BKN",
                        LocalDate.of(2024, 10, 11), List.of("SKB 2022 D2"), "2024.1", Instant.now(),
                        "Kampanye melalui media sosial", Map.of("B1", "penurunan jabatan")),
                new NotificationDelivered(UUID.randomUUID(), REPORT_ID, UUID.randomUUID(), "OPD_HEAD", "DISPERKIM",
                        "EMAIL", Instant.now(), "NOTICE"),
                new SanctionRevised(UUID.randomUUID(), REPORT_ID, "bkppd-officer", "Pelanggaran berulang",
                        "DISCIPLINE", "BERAT", List.of("B1", "B2", "B3"), "B2", List.of("PP 94/2021 Pasal 8"),
                        LocalDate.of(2024, 10, 21), Instant.now()),
                new SanctionDecided(UUID.randomUUID(), REPORT_ID, "800/123/BKPPD/2024", LocalDate.of(2024, 10, 20),
                        "B2", "ppk-user", Instant.now()),
                new SanctionNotImposed(UUID.randomUUID(), REPORT_ID, "800/124/BKPPD/2024", LocalDate.of(2024, 10, 21),
                        "NOT_PROVEN", "Tidak terbukti dalam pemeriksaan", "ppk-user", Instant.now()),
                new SanctionOverdue(UUID.randomUUID(), REPORT_ID, "DISPERKIM", LocalDate.of(2024, 10, 11),
                        Instant.now()),
                new NotificationAcknowledged(UUID.randomUUID(), REPORT_ID, UUID.randomUUID(), "DISPERKIM",
                        "kepala-disperkim", Instant.now()),
                new FollowUpRecorded(UUID.randomUUID(), REPORT_ID, UUID.randomUUID(), "DISPERKIM",
                        "SUMMONED_AND_EXAMINED", "Dipanggil 14 Oktober 2024", "kepala-disperkim", Instant.now()),
                new NotificationFailed(UUID.randomUUID(), REPORT_ID, UUID.randomUUID(), "OPD_HEAD", "DISPAR",
                        "EMAIL", "OPD tidak ada di direktori", Instant.now(), "OFFICE_NOT_IN_DIRECTORY"));
        assertThat(payloads).hasSize((int) Arrays.stream(EventType.values()).filter(t -> !t.retired()).count());
        for (Object payload : payloads) {
            EventSchemas.validate(EventType.of(payload.getClass()), EventJson.write(payload));
            // the outbox checks the tree and writes it: the same text as the payload written directly
            JsonNode tree = EventJson.treeOf(payload);
            EventSchemas.validate(EventType.of(payload.getClass()), tree);
            assertThat(EventJson.write(tree)).isEqualTo(EventJson.write(payload));
        }
    }

    @Test
    void onlyEventsAboutAProvenViolationNameTheAccused() {
        Set<EventType> naming = new HashSet<>();
        for (EventType type : EventType.values()) {
            if (!type.retired() && !Collections.disjoint(propertyNames(type.schemaResource()), ACCUSED_IDENTITY)) {
                naming.add(type);
            }
        }
        assertThat(naming).containsExactlyInAnyOrder(EventType.REPORT_VERIFIED, EventType.SANCTION_RECOMMENDED);
    }

    @Test
    void aSubmissionNamingTheAccusedIsRefused() {
        String json = EventJson.write(new ReportSubmitted(REPORT_ID, Instant.now(), "DISPERKIM", EmploymentType.PNS,
                "PILKADA-2024", LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 2), "53.71.04.1009", null));
        String withName = json.replaceFirst("\\{",
                "{\"name\":\"Yohanes Bria\",\"employeeId\":\"198609262015051001\",");
        String withAccused = json.replaceFirst("\\{", "{\"accused\":" + EventJson.write(ACCUSED) + ",");

        assertThatThrownBy(() -> EventSchemas.validate(EventType.REPORT_SUBMITTED, withName))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("name").hasMessageContaining("employeeId");
        assertThatThrownBy(() -> EventSchemas.validate(EventType.REPORT_SUBMITTED, withAccused))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("accused");
    }

    @Test
    @SuppressWarnings("deprecation")
    void theRetiredSubmissionIsStillReadButNeverWritten() {
        ReportSubmittedV1 old = new ReportSubmittedV1(REPORT_ID, Instant.parse("2024-10-02T01:12:09Z"), ACCUSED,
                "PILKADA-2024", LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 2), "53.71.04.1009", "D2");
        EventEnvelope onTheTopic = new EventEnvelope(UUID.randomUUID(), EventType.REPORT_SUBMITTED_V1,
                "/netral/report-service", REPORT_ID.toString(), Instant.now(), REPORT_ID.toString(),
                EventJson.write(old));

        assertThat(EventEnvelope.fromKafka(onTheTopic.headers(), onTheTopic.key(), onTheTopic.payloadJson())
                .payload(ReportSubmittedV1.class)).isEqualTo(old);
        assertThatThrownBy(() -> EventSchemas.validate(EventType.REPORT_SUBMITTED_V1, onTheTopic.payloadJson()))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("id.netral.report.submitted.v1 is retired")
                .hasMessageContaining("id.netral.report.submitted.v2");
        assertThat(EventType.REPORT_SUBMITTED_V1.successor()).isEqualTo(EventType.REPORT_SUBMITTED);
        assertThat(EventType.REPORT_SUBMITTED.version()).isEqualTo(2);
    }

    @Test
    void aDeliveryNamesEveryKindOfLetterAndAlwaysSaysWhichItIs() {
        for (String kind : List.of("NOTICE", "REMINDER", "ESCALATION", "REVISION", "BODY_RESULT", "STEP_REMINDER",
                "STEP_ESCALATION")) {
            EventSchemas.validate(EventType.NOTIFICATION_DELIVERED, EventJson.write(new NotificationDelivered(
                    UUID.randomUUID(), REPORT_ID, UUID.randomUUID(), "OPD_HEAD", "DISPERKIM", "EMAIL", Instant.now(),
                    kind)));
        }
        String withoutKind = EventJson.write(new NotificationDelivered(UUID.randomUUID(), REPORT_ID,
                UUID.randomUUID(), "PPK", "DISPERKIM", "EMAIL", Instant.now(), null));
        assertThatThrownBy(() -> EventSchemas.validate(EventType.NOTIFICATION_DELIVERED, withoutKind))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("kind");
        assertThat(EventType.NOTIFICATION_DELIVERED.version()).isEqualTo(2);
        assertThat(EventType.NOTIFICATION_DELIVERED_V1.successor()).isEqualTo(EventType.NOTIFICATION_DELIVERED);
    }

    @Test
    @SuppressWarnings("deprecation")
    void theRetiredDeliveryIsStillReadAsItWasWrittenButNeverWritten() {
        NotificationDeliveredV1 revision = new NotificationDeliveredV1(UUID.randomUUID(), REPORT_ID, UUID.randomUUID(),
                "OPD_HEAD", "DISPERKIM", "WEBHOOK", Instant.parse("2024-10-21T02:00:00Z"), "REVISION");
        EventEnvelope onTheTopic = new EventEnvelope(UUID.randomUUID(), EventType.NOTIFICATION_DELIVERED_V1,
                "/netral/notification-service", REPORT_ID.toString(), Instant.now(), REPORT_ID.toString(),
                EventJson.write(revision));
        // an early v1 record without a kind: a first notice
        String early = EventJson.write(new NotificationDeliveredV1(UUID.randomUUID(), REPORT_ID, UUID.randomUUID(),
                "OPD_HEAD", "DISPERKIM", "EMAIL", Instant.parse("2024-10-05T02:00:00Z"), null))
                .replace(",\"kind\":null", "");

        NotificationDeliveredV1 read = EventEnvelope.fromKafka(onTheTopic.headers(), onTheTopic.key(),
                onTheTopic.payloadJson()).payload(NotificationDeliveredV1.class);
        assertThat(read).isEqualTo(revision);
        assertThat(read.upgraded().kind()).isEqualTo("REVISION");
        EventSchemas.validateReceived(EventType.NOTIFICATION_DELIVERED_V1, early);
        assertThat(early).doesNotContain("kind");
        assertThat(EventJson.read(early, NotificationDeliveredV1.class).upgraded().kind()).isEqualTo("NOTICE");
        assertThatThrownBy(() -> EventSchemas.validate(EventType.NOTIFICATION_DELIVERED_V1, onTheTopic.payloadJson()))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("id.netral.notification.delivered.v1 is retired")
                .hasMessageContaining("id.netral.notification.delivered.v2");
    }

    @Test
    void aNewKindOfLetterBreaksTheRetiredSchemaWhichIsWhyItIsANewVersion() {
        String stepReminder = EventJson.write(new NotificationDelivered(UUID.randomUUID(), REPORT_ID,
                UUID.randomUUID(), "OPD_HEAD", "DISPERKIM", "EMAIL", Instant.now(), "STEP_REMINDER"));
        assertThatThrownBy(() -> EventSchemas.validateReceived(EventType.NOTIFICATION_DELIVERED_V1, stepReminder))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("kind");
    }

    @Test
    void aFailureWrittenBeforeItsCategoryExistedIsStillValid() {
        EventSchemas.validate(EventType.NOTIFICATION_FAILED, """
                {"notificationId":"%s","reportId":"%s","recommendationId":"%s","recipientRole":"OPD_HEAD",
                 "opdCode":"DISPAR","channel":"EMAIL","reason":"OPD tidak ada di direktori",
                 "failedAt":"2024-10-25T03:17:52.640Z"}""".formatted(UUID.randomUUID(), REPORT_ID, UUID.randomUUID()));
    }

    @Test
    void aPayloadCarryingReporterDataIsRefused() {
        String json = EventJson.write(new ReportVerified(REPORT_ID, Instant.now(), "E2", ACCUSED, "PEMILU-2024",
                LocalDate.of(2024, 1, 5)));
        String withReporter = json.replaceFirst("\\{", "{\"reporterName\":\"Maria\",");

        assertThatThrownBy(() -> EventSchemas.validate(EventType.REPORT_VERIFIED, withReporter))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("reporterName");
    }

    @Test
    void aConsumerTakesAnEventWithAFieldItsSchemaDoesNotKnowYetButNotOneMissingARequiredField() {
        ReportVerified payload = new ReportVerified(REPORT_ID, Instant.parse("2024-10-03T02:00:00Z"), "D2", ACCUSED,
                "PILKADA-2024", LocalDate.of(2024, 10, 1));
        String newer = EventJson.write(payload).replaceFirst("\\{", "{\"verifierOffice\":\"Bawaslu Kota Kupang\",");
        EventEnvelope sent = new EventEnvelope(UUID.randomUUID(), EventType.REPORT_VERIFIED, "/netral/report-service",
                REPORT_ID.toString(), Instant.now(), REPORT_ID.toString(), newer);

        // a producer may not write it (its own schema does not name the field) ...
        assertThatThrownBy(() -> EventSchemas.validate(EventType.REPORT_VERIFIED, newer))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("verifierOffice");
        // ... but a consumer with the older schema takes it and reads what it knows
        assertThat(EventEnvelope.fromKafka(sent.headers(), sent.key(), newer).payload(ReportVerified.class))
                .isEqualTo(payload);

        String incomplete = EventJson.write(payload).replace("\"electionId\":\"PILKADA-2024\",", "");
        assertThatThrownBy(() -> EventEnvelope.fromKafka(sent.headers(), sent.key(), incomplete))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("electionId");
    }

    @Test
    void aMalformedNipOrUnknownKindIsRefused() {
        Accused badNip = new Accused("12345", "X", EmploymentType.PNS, "DINKES", null);
        String json = EventJson.write(new ReportVerified(REPORT_ID, Instant.now(), "Z9", badNip, "PEMILU-2024",
                LocalDate.of(2024, 1, 5)));

        assertThatThrownBy(() -> EventSchemas.validate(EventType.REPORT_VERIFIED, json))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("employeeId")
                .hasMessageContaining("violationKind");
    }

    @Test
    void onlyNonAsnStaffMayHaveNoEmployeeNumber() {
        Accused ptt = new Accused(null, "Agustinus Tefa", EmploymentType.NON_ASN, "CAMAT-OEBOBO", "PTT");
        EventSchemas.validate(EventType.REPORT_VERIFIED, EventJson.write(new ReportVerified(REPORT_ID, Instant.now(),
                "D4", ptt, "PILKADA-2024", LocalDate.of(2024, 10, 20))));

        Accused pnsWithoutNip = new Accused(null, "Yohanes Bria", EmploymentType.PNS, "DISPERKIM", null);
        String json = EventJson.write(new ReportVerified(REPORT_ID, Instant.now(), "D4", pnsWithoutNip,
                "PILKADA-2024", LocalDate.of(2024, 10, 20)));
        assertThatThrownBy(() -> EventSchemas.validate(EventType.REPORT_VERIFIED, json))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("employeeId");
    }

    @Test
    void anEnvelopeRoundTripsThroughKafkaHeaders() {
        ReportVerified payload = new ReportVerified(REPORT_ID, Instant.parse("2024-10-03T02:00:00Z"), "D2", ACCUSED,
                "PILKADA-2024", LocalDate.of(2024, 10, 1));
        EventEnvelope sent = new EventEnvelope(UUID.randomUUID(), EventType.REPORT_VERIFIED, "/netral/report-service",
                REPORT_ID.toString(), Instant.now(), REPORT_ID.toString(), EventJson.write(payload));

        EventEnvelope received = EventEnvelope.fromKafka(sent.headers(), sent.key(), sent.payloadJson());

        assertThat(received).isEqualTo(sent);
        assertThat(received.payload(ReportVerified.class)).isEqualTo(payload);
    }

    /** What identifies the accused civil servant as a person (the OPD and employment type name many people). */
    private static final Set<String> ACCUSED_IDENTITY = Set.of("accused", "name", "employeeId", "nip", "position",
            "birthDate");

    /** Every property name a schema declares, at any depth, following its references to other schema files. */
    private static Set<String> propertyNames(String resource) {
        Set<String> names = new HashSet<>();
        collect(read(resource), names, new ArrayList<>(List.of(resource)));
        return names;
    }

    private static void collect(JsonNode node, Set<String> names, List<String> seen) {
        if (node.isObject()) {
            node.path("properties").fieldNames().forEachRemaining(names::add);
            JsonNode ref = node.path("$ref");
            if (ref.isTextual() && !ref.asText().startsWith("#")) {
                String resource = "netral/events/" + ref.asText();
                if (!seen.contains(resource)) {
                    seen.add(resource);
                    collect(read(resource), names, seen);
                }
            }
            node.forEach(child -> collect(child, names, seen));
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, names, seen));
        }
    }

    private static JsonNode read(String resource) {
        try (InputStream in = EventSchemasTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return EventJson.tree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anEnvelopeWithoutItsTypeOrOfAnUnknownTypeIsRefused() {
        EventEnvelope sent = new EventEnvelope(UUID.randomUUID(), EventType.REPORT_VERIFIED, "/netral/report-service",
                "s", Instant.now(), "k", "{}");
        Map<String, String> headers = new HashMap<>(sent.headers());
        headers.put(CloudEventHeaders.TYPE, "id.netral.unknown.v1");
        assertThatThrownBy(() -> EventEnvelope.fromKafka(headers, "k", "{}"))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("unknown event type");

        headers.remove(CloudEventHeaders.SPEC_VERSION);
        assertThatThrownBy(() -> EventEnvelope.fromKafka(headers, "k", "{}"))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("CloudEvents 1.0");
    }
}

package id.netral.notification;

import id.netral.events.EventEnvelope;
import id.netral.events.EventType;
import id.netral.events.NotificationDelivered;
import id.netral.events.NotificationFailed;
import id.netral.events.SanctionRecommended;
import id.netral.events.Topics;
import id.netral.events.access.Roles;
import id.netral.infra.Callers;
import id.netral.infra.EmbeddedInfraResource;
import id.netral.infra.Metrics;
import id.netral.infra.TopicClient;
import io.restassured.RestAssured;
import id.netral.notification.delivery.NoticeMailer;
import id.netral.notification.delivery.OutgoingMail;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.mail.Address;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "database", value = "notification"), @ResourceArg(name = "smtp", value = "true")})
class SanctionNoticeDeliveryTest {
    private static final String HEAD_OF_DISPERKIM = "kepala.disperkim@kupangkota.example";
    /** The heads of the offices that fill the standing recipients in copy: the PPK, BKPPD and the Inspectorate. */
    private static final List<String> IN_COPY = List.of("walikota@kupangkota.example", "kepala.bkppd@kupangkota.example",
            "kepala.inspektorat@kupangkota.example");
    /** One mail to the OPD head and one to each of the three in copy. */
    private static final int MAILS_PER_CASE = 4;
    private static final Duration PATIENCE = Notices.PATIENCE;

    @Test
    void aRecommendationReachesTheOpdHeadByEmailWithThePpkBkppdAndInspectorateInCopy() throws Exception {
        UUID reportId = UUID.randomUUID();
        SanctionRecommended recommended = SampleRecommendations.gasTaglinePost(reportId, "DISPERKIM");
        topics().publish(SampleRecommendations.envelope(recommended));

        List<MimeMessage> received = await().atMost(PATIENCE)
                .until(() -> Mails.about(reportId), mails -> mails.size() == MAILS_PER_CASE);
        // one recipient per mail: nobody in copy sees the head's one-time acknowledgement link
        assertThat(received).allSatisfy(each -> assertThat(each.getAllRecipients()).hasSize(1));
        MimeMessage mail = received.stream().filter(each -> HEAD_OF_DISPERKIM.equals(Mails.to(each))).findFirst()
                .orElseThrow();
        assertThat(addresses(mail.getFrom())).containsExactly("netral@kupangkota.example");
        // no name in the subject, which travels in clear: the case's register number
        assertThat(mail.getSubject()).isEqualTo("Rekomendasi sanksi atas pelanggaran netralitas ASN (register "
                + Mails.register(reportId).orElseThrow() + ")");
        String body = Mails.text(mail);
        assertThat(body).contains(
                "Yth. Kepala Dinas Perumahan Rakyat dan Kawasan Permukiman Kota Kupang",
                "Nama               : Yohanes Bria",
                "NIP/NI PPPK        : 198609262015051001",
                "Unit kerja (OPD)   : Dinas Perumahan Rakyat dan Kawasan Permukiman Kota Kupang (DISPERKIM)",
                "Jenis pelanggaran            : SKB 2022 baris D2: Sosialisasi atau kampanye melalui media sosial atau "
                        + "daring",
                "Tingkat hukuman              : berat",
                "    - pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS",
                "Sanksi yang direkomendasikan : pembebasan dari jabatannya menjadi jabatan pelaksana",
                "  - SKB 2022 baris D2",
                "  - Tidak ada pelanggaran sebelumnya",
                "rancangan rekomendasi sanksi yang disusun Netral",
                "pemeriksaan oleh Badan Kepegawaian Negara (BKN) setelah Bawaslu meneruskan kajiannya; sampai hasil "
                        + "pemeriksaan itu diterima, rekomendasi ini adalah rancangan Netral bagi PPK",
                "(PPK) : Jumat, 8 November 2024",
                "Peraturan Pemerintah Nomor 94 Tahun 2021",
                "1. Wali Kota Kupang selaku Pejabat Pembina Kepegawaian",
                "3. Inspektur Daerah Kota Kupang");
        // the catalogue's "PP 94/2021 Pasal 5 huruf n" is the long form's Pasal 5 huruf n: cited once
        assertThat(body).doesNotContain("PP 94/2021 Pasal 5 huruf n");
        assertThat(body.toLowerCase()).doesNotContain("pelapor");

        JsonPath notice = await().atMost(PATIENCE).until(() -> notices(reportId),
                list -> list.getList("findAll { it.status == 'DELIVERED' }").size() == MAILS_PER_CASE);
        assertThat(notice.getList("recipientRole")).containsExactly("OPD_HEAD", "PPK", "BKPPD", "INSPECTORATE");
        assertThat(notice.getList("recipientOffice")).containsExactly("DISPERKIM", "WALIKOTA", "BKPPD", "INSPEKTORAT");
        assertThat(notice.getList("opdCode")).containsOnly("DISPERKIM");
        assertThat(notice.getString("[0].address")).isEqualTo(HEAD_OF_DISPERKIM);
        assertThat(notice.getList("address").subList(1, 4)).containsExactlyElementsOf(IN_COPY);
        assertThat(notice.getInt("[0].attempts")).isEqualTo(1);
        assertThat(Instant.parse(notice.getString("[0].deliveredAt"))).isBefore(TestClock.INSTANCE.instant());
        String notificationId = notice.getString("[0].id");
        assertThat(mail.getMessageID()).isEqualTo("<notification-" + notificationId + "@kupangkota.example>");

        JsonPath detail = Callers.asOfficer().when().get("/api/v1/notifications/{id}", notificationId)
                .then().statusCode(200).extract().jsonPath();
        assertThat(detail.getString("message.subject")).isEqualTo(mail.getSubject());
        // SMTP carries the text with CRLF line ends; the mail adds the acknowledgement link, which is not stored
        assertThat(body.replace("\r\n", "\n")).startsWith(detail.getString("message.body").stripTrailing());
        assertThat(body).contains("Konfirmasi penerimaan pemberitahuan ini (tautan sekali pakai",
                "http://localhost:8080/tanda-terima/" + notificationId + "?expires=");
        assertThat(detail.getString("message.body")).doesNotContain("tanda-terima");

        assertThat(Mails.about(reportId)).filteredOn(each -> !HEAD_OF_DISPERKIM.equals(Mails.to(each))).allSatisfy(copy -> {
            assertThat(IN_COPY).contains(Mails.to(copy));
            assertThat(copy.getSubject()).isEqualTo("Tembusan: " + mail.getSubject());
            assertThat(Mails.text(copy)).contains("\nTEMBUSAN untuk ",
                            "Yth. Kepala Dinas Perumahan Rakyat dan Kawasan Permukiman Kota Kupang",
                            "Sanksi yang direkomendasikan : pembebasan dari jabatannya")
                    .doesNotContain("tanda-terima");
        });

        List<EventEnvelope> events = await().atMost(PATIENCE)
                .until(() -> topics().events(Topics.NOTIFICATIONS, reportId.toString()),
                        list -> list.size() == MAILS_PER_CASE);
        assertThat(events).extracting(event -> event.payload(NotificationDelivered.class).recipientRole())
                .containsExactlyInAnyOrder("OPD_HEAD", "PPK", "BKPPD", "INSPECTORATE");
        assertThat(events).filteredOn(event -> event.payload(NotificationDelivered.class).recipientRole()
                .equals("OPD_HEAD")).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(EventType.NOTIFICATION_DELIVERED);
            assertThat(event.source()).isEqualTo("/netral/notification-service");
            NotificationDelivered delivered = event.payload(NotificationDelivered.class);
            assertThat(delivered.notificationId()).hasToString(notificationId);
            assertThat(delivered.reportId()).isEqualTo(reportId);
            assertThat(delivered.recommendationId()).isEqualTo(recommended.recommendationId());
            assertThat(delivered.recipientRole()).isEqualTo("OPD_HEAD");
            assertThat(delivered.opdCode()).isEqualTo("DISPERKIM");
            assertThat(delivered.channel()).isEqualTo("EMAIL");
            assertThat(delivered.deliveredAt()).isEqualTo(Instant.parse(notice.getString("[0].deliveredAt")));
        });
    }

    @Test
    void aRedeliveredEventSendsNoSecondMail() {
        UUID first = UUID.randomUUID();
        EventEnvelope event = SampleRecommendations.envelope(SampleRecommendations.gasTaglinePost(first, "DISPERKIM"));
        topics().publish(event);
        topics().publish(event);
        // on the same partition, so the consumer has handled both copies above before it reaches this one
        UUID second = reportOnSamePartitionAs(first);
        topics().publish(SampleRecommendations.envelope(SampleRecommendations.gasTaglinePost(second, "CAMAT-OEBOBO")));

        await().atMost(PATIENCE).until(() -> Mails.about(second).size() == MAILS_PER_CASE);
        JsonPath notices = await().atMost(PATIENCE).until(() -> notices(first),
                list -> "DELIVERED".equals(list.getString("[0].status")));
        assertThat(notices.getList("$")).hasSize(MAILS_PER_CASE);
        List<MimeMessage> mails = Mails.about(first);
        assertThat(mails).hasSize(MAILS_PER_CASE);
        // one message per recipient, each sent once
        assertThat(mails.stream().map(Mails::messageId).distinct()).hasSize(MAILS_PER_CASE);
    }

    @Test
    void anOpdMissingFromTheDirectoryIsRecordedAsUndeliverableWithoutMail() {
        UUID reportId = UUID.randomUUID();
        // a tourism office is likely to exist in Kupang but is not in the directory (research notes 4.5)
        topics().publish(SampleRecommendations.envelope(SampleRecommendations.gasTaglinePost(reportId, "DISPAR")));

        JsonPath notices = await().atMost(PATIENCE).until(() -> notices(reportId),
                list -> !list.getList("$").isEmpty());
        assertThat(notices.getList("$")).hasSize(MAILS_PER_CASE);
        assertThat(notices.getString("[0].recipientRole")).isEqualTo("OPD_HEAD");
        assertThat(notices.getString("[0].recipientOffice")).isNull();
        assertThat(notices.getString("[0].status")).isEqualTo("UNDELIVERABLE");
        assertThat(notices.getString("[0].undeliverableReason")).contains("DISPAR is not in the OPD directory");
        assertThat(notices.getString("[0].address")).isNull();
        assertThat(notices.getInt("[0].attempts")).isZero();
        Callers.asOfficer().when().get("/api/v1/notifications/{id}", notices.getString("[0].id"))
                .then().statusCode(200)
                .body("message.body", containsString("Yth. Pimpinan OPD DISPAR"));
        // the PPK, BKPPD and the Inspectorate still get their copies: a case waits for them
        List<MimeMessage> copies = await().atMost(PATIENCE).until(() -> Mails.about(reportId),
                mails -> mails.size() == IN_COPY.size());
        assertThat(copies).extracting(Mails::to).containsExactlyInAnyOrderElementsOf(IN_COPY);
        NotificationFailed failed = Notices.events(reportId, EventType.NOTIFICATION_FAILED, 1).get(0)
                .payload(NotificationFailed.class);
        assertThat(failed.opdCode()).isEqualTo("DISPAR");
        assertThat(failed.category()).isEqualTo("OFFICE_NOT_IN_DIRECTORY");
        assertThat(failed.reason()).isEqualTo("Kantor penerima tidak ada di direktori perangkat daerah");
    }

    @Test
    void aRefusedMailIsTriedAgainAndGivenUpAfterTheLastAttempt() {
        // The shared SMTP server accepts everything, so this test alone stands in a mail server that refuses.
        QuarkusMock.installMockForType(new NoticeMailer() {
            @Override
            public void send(OutgoingMail mail) {
                throw new IllegalStateException("554 5.7.1 Relay access denied");
            }
        }, NoticeMailer.class);
        String givenUp = "netral_notifications_failed_total{channel=\"EMAIL\",kind=\"NOTICE\",recipient=\"OPD_HEAD\"}";
        double givenUpBefore = Metrics.value(RestAssured.baseURI + ":" + RestAssured.port, givenUp, 0);
        UUID reportId = UUID.randomUUID();
        topics().publish(SampleRecommendations.envelope(SampleRecommendations.gasTaglinePost(reportId, "DINSOS")));

        // max-attempts is 3 in the test profile; the copies fail the same way, each on its own
        JsonPath notices = await().atMost(PATIENCE).until(() -> notices(reportId),
                list -> list.getList("findAll { it.status == 'FAILED' }").size() == MAILS_PER_CASE);
        assertThat(notices.getInt("[0].attempts")).isEqualTo(3);
        // what the mail server answered is for admins; the others learn what kind of failure it was
        assertThat(notices.getString("[0].lastFailure")).isEqualTo("MAILBOX_REFUSED");
        assertThat(notices.getMap("[0]")).doesNotContainKey("lastError");
        String headsNotice = notices.getString("[0].id");
        Callers.as(Roles.ADMIN).when().get("/api/v1/notifications/{id}", headsNotice).then().statusCode(200)
                .body("lastError", equalTo("IllegalStateException: 554 5.7.1 Relay access denied"));
        Callers.as(Roles.ADMIN).when().get("/api/v1/notifications/{id}/attempts", headsNotice).then().statusCode(200)
                .body("detail", everyItem(equalTo("IllegalStateException: 554 5.7.1 Relay access denied")))
                .body("category", everyItem(equalTo("MAILBOX_REFUSED")));
        Callers.asOfficer().when().get("/api/v1/notifications/{id}/attempts", headsNotice).then().statusCode(200)
                .body("size()", equalTo(3))
                .body("category", everyItem(equalTo("MAILBOX_REFUSED")))
                .body("findAll { it.detail != null }", empty());
        assertThat(notices.getString("[0].nextAttemptAt")).isNull();
        assertThat(notices.getString("[0].deliveredAt")).isNull();
        // the case's timeline learns that the head was not reached
        NotificationFailed failed = Notices.events(reportId, EventType.NOTIFICATION_FAILED, MAILS_PER_CASE).stream()
                .map(event -> event.payload(NotificationFailed.class))
                .filter(event -> event.recipientRole().equals("OPD_HEAD")).findFirst().orElseThrow();
        assertThat(failed.notificationId()).hasToString(notices.getString("[0].id"));
        assertThat(failed.channel()).isEqualTo("EMAIL");
        assertThat(failed.recipientRole()).isEqualTo("OPD_HEAD");
        // other agencies and the timeline partner apps read get the kind of failure, never the server's own words
        assertThat(failed.category()).isEqualTo("MAILBOX_REFUSED");
        assertThat(failed.reason()).isEqualTo("Server surat elektronik menolak surat untuk alamat penerima");
        assertThat(Notices.eventsNow(reportId, EventType.NOTIFICATION_FAILED))
                .allSatisfy(event -> assertThat(event.payloadJson()).doesNotContain("554 5.7.1").doesNotContain("Relay"));
        assertThat(topics().events(Topics.NOTIFICATIONS, reportId.toString())).hasSize(MAILS_PER_CASE);
        // and the operators' alert on given-up notices sees it
        assertThat(Metrics.value(RestAssured.baseURI + ":" + RestAssured.port, givenUp, 0))
                .isGreaterThanOrEqualTo(givenUpBefore + 1);
    }

    @Test
    void aPoisonRecordIsParkedOnTheDeadLetterTopicWithTheReason() {
        String key = UUID.randomUUID().toString();
        topics().publish(new EventEnvelope(UUID.randomUUID(), EventType.SANCTION_RECOMMENDED,
                "/netral/sanction-service", key, Instant.now(), key, "{\"recommendationId\": \"bukan-uuid\"}"));

        TopicClient.Received parked = await().atMost(PATIENCE)
                .until(() -> topics().all("netral.notification-service.dead-letter.v1").stream()
                        .filter(record -> key.equals(record.key())).findFirst(), Optional::isPresent)
                .orElseThrow();
        assertThat(parked.headers().get("dead-letter-reason"))
                .contains("id.netral.sanction.recommended.v1 breaks its schema");
        assertThat(parked.value()).isEqualTo("{\"recommendationId\": \"bukan-uuid\"}");
    }

    private static TopicClient topics() {
        return new TopicClient(EmbeddedInfraResource.bootstrapServers());
    }

    private static JsonPath notices(UUID reportId) {
        return Callers.asOfficer().queryParam("reportId", reportId.toString())
                .when().get("/api/v1/notifications")
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<String> addresses(Address[] addresses) {
        return Arrays.stream(addresses).map(address -> ((InternetAddress) address).getAddress()).toList();
    }

    /** A report id that Kafka's default partitioner puts on the same partition of the sanctions topic. */
    private static UUID reportOnSamePartitionAs(UUID reportId) {
        int partitions;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of("bootstrap.servers", EmbeddedInfraResource.bootstrapServers()), new StringDeserializer(),
                new StringDeserializer())) {
            partitions = consumer.partitionsFor(Topics.SANCTIONS, Duration.ofSeconds(10)).size();
        }
        UUID candidate;
        do {
            candidate = UUID.randomUUID();
        } while (partition(candidate, partitions) != partition(reportId, partitions));
        return candidate;
    }

    private static int partition(UUID key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.toString().getBytes(StandardCharsets.UTF_8))) % partitions;
    }
}

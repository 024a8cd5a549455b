package id.netral.local;

import id.netral.events.Topics;
import id.netral.infra.TopicClient;
import io.restassured.http.ContentType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The three packaged services as separate processes against a real PostgreSQL, Kafka broker and SMTP server: the
 * sample cases of the README go from submission to the OPD head's mailbox and back to the report's timeline.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseFlowIT {
    private static final Path HOME = Path.of("../..").toAbsolutePath().normalize();
    private static final Path SAMPLES = HOME.resolve("deploy/local/samples");

    private LocalSystem system;
    private TopicClient topics;

    @BeforeAll
    void startTheSystem() throws Exception {
        Path data = Files.createDirectories(Path.of("target/e2e-data")).toAbsolutePath();
        system = LocalSystem.start(HOME, data, Ports.free());
        topics = new TopicClient(system.bootstrapServers());
    }

    @AfterAll
    void stopTheSystem() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void aCivilServantsGasPostReachesTheOpdHeadsMailboxAndTheTimelineOnce() throws Exception {
        String reportId = submitAndVerify("gas-tagline.json", "D2");

        MimeMessage mail = await().atMost(Duration.ofSeconds(60))
                .until(() -> mailsAbout("Yohanes Bria"), mails -> !mails.isEmpty()).get(0);
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("kepala.disperkim@kupangkota.example");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().baseUri(system.url(NetralService.REPORT)).when().get("/api/v1/reports/{id}", reportId)
                        .then().body("status", equalTo("NOTIFIED"))
                        .body("timeline.step", hasItem("RECOMMENDED")));
        given().baseUri(system.url(NetralService.SANCTION))
                .when().get("/api/v1/recommendations?reportId={id}", reportId)
                .then().statusCode(200).body("size()", equalTo(1))
                .body("[0].track", equalTo("DISCIPLINE")).body("[0].level", equalTo("BERAT"));

        // GreenMail keeps one copy per recipient (the OPD head and the three in copy) of the one message sent.
        List<MimeMessage> delivered = mailsAbout("Yohanes Bria");
        assertThat(messageIds(delivered)).hasSize(1);

        // Redeliver every event of the case, as a consumer restart or a relay crash would.
        redeliverAll(Topics.REPORTS, reportId);
        redeliverAll(Topics.SANCTIONS, reportId);
        await().atMost(Duration.ofSeconds(60)).until(() ->
                topics.consumedToEnd("sanction-service", Topics.REPORTS)
                        && topics.consumedToEnd("notification-service", Topics.SANCTIONS));

        given().baseUri(system.url(NetralService.SANCTION))
                .when().get("/api/v1/recommendations?reportId={id}", reportId)
                .then().body("size()", equalTo(1));
        given().baseUri(system.url(NetralService.NOTIFICATION))
                .when().get("/api/v1/notifications?reportId={id}", reportId)
                .then().body("size()", equalTo(1));
        assertThat(mailsAbout("Yohanes Bria")).hasSameSizeAs(delivered);
        assertThat(messageIds(mailsAbout("Yohanes Bria"))).hasSize(1);
        assertThat(topics.events(Topics.SANCTIONS, reportId)).hasSize(2);
    }

    @Test
    void aPttAtACampaignRallyGetsAContractMeasureForTheCamat() {
        String reportId = submitAndVerify("ptt-campaign-event.json", "D4");

        await().atMost(Duration.ofSeconds(60)).until(() -> mailsAbout("Agustinus Tefa"), mails -> !mails.isEmpty());
        given().baseUri(system.url(NetralService.SANCTION))
                .when().get("/api/v1/recommendations?reportId={id}", reportId)
                .then().body("[0].track", equalTo("CONTRACT"));
    }

    private String submitAndVerify(String sample, String kind) {
        String reportId = given().baseUri(system.url(NetralService.REPORT)).contentType(ContentType.JSON)
                .body(SAMPLES.resolve(sample).toFile())
                .when().post("/api/v1/reports")
                .then().statusCode(201).extract().path("id");
        given().baseUri(system.url(NetralService.REPORT)).contentType(ContentType.JSON)
                .body(Map.of("decision", "VERIFIED", "violationKind", kind, "verifier", "Leonardus Liwun"))
                .when().post("/api/v1/reports/{id}/verification", reportId)
                .then().statusCode(200);
        return reportId;
    }

    private void redeliverAll(String topic, String key) {
        List<TopicClient.Received> records = topics.all(topic).stream().filter(r -> key.equals(r.key())).toList();
        assertThat(records).isNotEmpty();
        for (TopicClient.Received r : records) {
            ProducerRecord<String, String> copy = new ProducerRecord<>(topic, r.key(), r.value());
            r.headers().forEach((name, value) -> copy.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
            topics.send(copy);
        }
    }

    private static Set<String> messageIds(List<MimeMessage> mails) throws MessagingException {
        Set<String> ids = new HashSet<>();
        for (MimeMessage mail : mails) {
            ids.add(mail.getMessageID());
        }
        return ids;
    }

    private List<MimeMessage> mailsAbout(String accusedName) {
        return system.smtp().received().stream().filter(mail -> {
            try {
                return mail.getSubject().contains(accusedName);
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }
}

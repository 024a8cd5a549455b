package id.netral.local;

import id.netral.events.Topics;
import id.netral.infra.Metrics;
import id.netral.infra.TopicClient;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The three packaged services as separate processes against a real PostgreSQL, Kafka broker and SMTP server: the
 * sample cases of the README go from submission to the OPD head's mailbox and back to the report's timeline.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseFlowIT {
    private static final Path SAMPLES = EndToEndSystem.HOME.resolve("deploy/local/samples");
    private static final String VERIFIER = "verifier";
    private static final String PERSONNEL_OFFICER = "personnel-officer";
    /** The notice to the OPD head and its copies to the PPK, BKPPD and the Inspectorate. */
    private static final int NOTICES_PER_CASE = 4;

    private LocalSystem system;
    private TopicClient topics;

    @BeforeAll
    void startTheSystem() {
        system = EndToEndSystem.get();
        topics = new TopicClient(system.bootstrapServers());
    }

    @Test
    void aCivilServantsGasPostReachesTheOpdHeadsMailboxAndTheTimelineOnce() throws Exception {
        String reportId = submitSampleAndVerify("gas-tagline.json", "D2");

        await().atMost(Duration.ofSeconds(60)).until(() -> headsMailAbout("Yohanes Bria"), mails -> !mails.isEmpty());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                call(NetralService.REPORT, token(VERIFIER)).when().get("/api/v1/reports/{id}", reportId)
                        .then().body("status", equalTo("NOTIFIED"))
                        .body("timeline.step", hasItem("RECOMMENDED")));
        call(NetralService.SANCTION, token(PERSONNEL_OFFICER))
                .when().get("/api/v1/recommendations?reportId={id}", reportId)
                .then().statusCode(200).body("size()", equalTo(1))
                .body("[0].track", equalTo("DISCIPLINE")).body("[0].level", equalTo("BERAT"));

        // One message each to the OPD head and the three in copy (the PPK, BKPPD and the Inspectorate).
        List<MimeMessage> delivered = await().atMost(Duration.ofSeconds(60))
                .until(() -> mailsAbout("Yohanes Bria"), mails -> mails.size() == NOTICES_PER_CASE);
        assertThat(messageIds(delivered)).hasSize(NOTICES_PER_CASE);

        // Redeliver every event of the case, as a consumer restart or a relay crash would.
        redeliverAll(Topics.REPORTS, reportId);
        redeliverAll(Topics.SANCTIONS, reportId);
        await().atMost(Duration.ofSeconds(60)).until(() ->
                topics.consumedToEnd("sanction-service", Topics.REPORTS)
                        && topics.consumedToEnd("notification-service", Topics.SANCTIONS));

        call(NetralService.SANCTION, token(PERSONNEL_OFFICER))
                .when().get("/api/v1/recommendations?reportId={id}", reportId)
                .then().body("size()", equalTo(1));
        call(NetralService.NOTIFICATION, token(PERSONNEL_OFFICER))
                .when().get("/api/v1/notifications?reportId={id}", reportId)
                .then().body("size()", equalTo(NOTICES_PER_CASE));
        assertThat(mailsAbout("Yohanes Bria")).hasSameSizeAs(delivered);
        assertThat(messageIds(mailsAbout("Yohanes Bria"))).hasSize(NOTICES_PER_CASE);
        assertThat(topics.events(Topics.SANCTIONS, reportId)).hasSize(2);
    }

    @Test
    void theOpdHeadAcknowledgesFromTheEmailFollowsUpAndThePpkDecidesAllOnTheCaseTimeline() throws Exception {
        String body = sample("gas-tagline.json").replace("Yohanes Bria", "Markus Ndolu")
                .replace("198609262015051001", "198805152014031002");
        String reportId = submitAndVerify(body, "D2");

        MimeMessage mail = await().atMost(Duration.ofSeconds(60))
                .until(() -> headsMailAbout("Markus Ndolu"), mails -> !mails.isEmpty()).get(0);
        // the e-mail's link opens the console's page; behind it, the same link acknowledges at notification-service
        Matcher link = Pattern.compile("http://localhost:\\d+/tanda-terima/(\\S+)")
                .matcher(Letters.text(mail));
        assertThat(link.find()).as("a one-time acknowledgement link in the e-mail").isTrue();
        String acknowledgement = system.url(NetralService.NOTIFICATION) + "/api/v1/acknowledgement-links/"
                + link.group(1);
        given().when().post(acknowledgement).then().statusCode(200);
        given().when().post(acknowledgement).then().statusCode(410);

        String notificationId = call(NetralService.NOTIFICATION, token(PERSONNEL_OFFICER))
                .when().get("/api/v1/notifications?reportId={id}", reportId)
                .then().body("size()", equalTo(NOTICES_PER_CASE)).body("[0].recipientRole", equalTo("OPD_HEAD"))
                .extract().path("[0].id");
        // the procedure at the city before the PPK's decree (PP 94/2021): the summons, for a heavy case the
        // examination team, the examination; sanction-service learns each step from notification-service's event
        String recommendationId = call(NetralService.SANCTION, token(PERSONNEL_OFFICER))
                .when().get("/api/v1/recommendations?reportId={id}", reportId).then().extract().path("[0].id");
        String today = LocalDate.now(ZoneId.of("Asia/Makassar")).toString();
        List.of(List.of("SUMMONED", "Dipanggil untuk diperiksa atasan langsung", "800/12/DISPERKIM/2026"),
                List.of("EXAMINATION_TEAM_FORMED", "Tim pemeriksa dibentuk", "800/13/BKPPD/2026"),
                List.of("EXAMINED", "Diperiksa tim pemeriksa", "800/14/DISPERKIM/2026")).forEach(step ->
                given().baseUri(system.url(NetralService.NOTIFICATION))
                        .auth().oauth2(system.identityProvider().opdHead("DISPERKIM")).contentType(ContentType.JSON)
                        .body(Map.of("step", step.get(0), "note", step.get(1), "documentNumber", step.get(2),
                                "documentDate", today))
                        .when().post("/api/v1/notifications/{id}/follow-ups", notificationId)
                        .then().statusCode(201));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> call(NetralService.SANCTION, token("ppk"))
                .when().get("/api/v1/recommendations/{id}", recommendationId)
                .then().body("procedure.steps.step", hasItems("SUMMONED", "EXAMINATION_TEAM_FORMED", "EXAMINED"))
                .body("procedure.beforeDecree.size()", equalTo(0)));
        call(NetralService.SANCTION, token("ppk")).contentType(ContentType.JSON)
                .body(Map.of("decreeNumber", "800/017/BKPPD/2026", "decreeDate",
                        LocalDate.now(ZoneId.of("Asia/Makassar")).toString(), "imposedSanction", "B1"))
                .when().post("/api/v1/recommendations/{id}/decision", recommendationId)
                .then().statusCode(200);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                call(NetralService.REPORT, token(VERIFIER)).when().get("/api/v1/reports/{id}", reportId)
                        .then().body("status", equalTo("SANCTION_DECIDED"))
                        .body("timeline.step", hasItems("NOTIFIED", "ACKNOWLEDGED", "FOLLOW_UP",
                                "SANCTION_DECIDED")));
    }

    @Test
    void aPttAtACampaignRallyGetsAContractMeasureForTheCamat() throws IOException {
        String reportId = submitSampleAndVerify("ptt-campaign-event.json", "D4");

        await().atMost(Duration.ofSeconds(60)).until(() -> mailsAbout("Agustinus Tefa"), mails -> !mails.isEmpty());
        call(NetralService.SANCTION, token(PERSONNEL_OFFICER))
                .when().get("/api/v1/recommendations?reportId={id}", reportId)
                .then().body("[0].track", equalTo("CONTRACT"));
    }

    @Test
    void theReportersIdentityAppearsInNoEventNoMailAndNoLog() throws IOException {
        String name = "Pelapor Rahasia Q7X2";
        String contact = "rahasia.q7x2@contoh.example";
        String nik = "5371045203950007";
        String body = sample("gas-tagline.json")
                .replace("Maria Fransiska Ndun", name).replace("0812-3800-1122", contact)
                .replace("5371046512900002", nik).replace("Yohanes Bria", "Petrus Lodo")
                .replace("198609262015051001", "199001012015052003")
                // not confidential, so that any verifier may open the identity this test looks for elsewhere
                .replace("\"confidential\": true", "\"confidential\": false");
        String reportId = submitAndVerify(body, "D2");
        // every mail of the case, the copies too, before the scan
        await().atMost(Duration.ofSeconds(60))
                .until(() -> mailsAbout("Petrus Lodo"), mails -> mails.size() == NOTICES_PER_CASE);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                call(NetralService.REPORT, token(VERIFIER)).when().get("/api/v1/reports/{id}", reportId)
                        .then().body("status", equalTo("NOTIFIED")));
        call(NetralService.REPORT, token(VERIFIER)).when().get("/api/v1/reports/{id}/reporter", reportId)
                .then().statusCode(200).body("name", equalTo(name));

        List<String> secrets = List.of(name, contact, nik);
        for (String topic : topics.topics()) {
            if (topic.startsWith("__")) {
                continue;
            }
            for (TopicClient.Received record : topics.all(topic)) {
                String seen = record.key() + record.value() + record.headers();
                assertThat(secrets).as("record on %s", topic).noneMatch(seen::contains);
            }
        }
        for (MimeMessage mail : system.smtp().received()) {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            try {
                mail.writeTo(raw);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
            assertThat(secrets).as("e-mail").noneMatch(raw.toString(StandardCharsets.UTF_8)::contains);
        }
        for (NetralService service : NetralService.values()) {
            String log = Files.readString(system.log(service));
            assertThat(log).as("log of %s", service).isNotEmpty();
            assertThat(secrets).as("log of %s", service).noneMatch(log::contains);
        }
        call(NetralService.NOTIFICATION, token(PERSONNEL_OFFICER))
                .when().get("/api/v1/notifications?reportId={id}", reportId)
                .then().body("size()", equalTo(NOTICES_PER_CASE)).body(not(containsString(name)));
    }

    @Test
    void aBrokerOutageDelaysACaseButLosesNothing() throws Exception {
        String body = sample("gas-tagline.json").replace("Yohanes Bria", "Yakobus Sole")
                .replace("198609262015051001", "198703172010011004");
        String reportId;
        system.stopKafka();
        try {
            // report-service takes the report and the decision without the broker: their events wait in its outbox
            reportId = submitAndVerify(body, "D2");
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> metric(NetralService.REPORT, "netral_outbox_pending_events") >= 2);
            call(NetralService.REPORT, token(VERIFIER)).when().get("/api/v1/reports/{id}", reportId)
                    .then().statusCode(200).body("status", equalTo("VERIFIED"));
        } finally {
            system.startKafka();
        }

        await().atMost(Duration.ofSeconds(120)).untilAsserted(() ->
                call(NetralService.REPORT, token(VERIFIER)).when().get("/api/v1/reports/{id}", reportId)
                        .then().body("status", equalTo("NOTIFIED")));
        assertThat(await().atMost(Duration.ofSeconds(60))
                .until(() -> mailsAbout("Yakobus Sole"), mails -> mails.size() == NOTICES_PER_CASE))
                .hasSize(NOTICES_PER_CASE);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> metric(NetralService.REPORT, "netral_outbox_pending_events") == 0);
        call(NetralService.SANCTION, token(PERSONNEL_OFFICER))
                .when().get("/api/v1/recommendations?reportId={id}", reportId)
                .then().body("size()", equalTo(1));
    }

    @Test
    void aDatabaseCrashLosesNoReportAndThePartnersRetryCountsOnce() throws IOException {
        String body = sample("gas-tagline.json").replace("Yohanes Bria", "Kornelis Manu")
                .replace("198609262015051001", "198511202009031005");
        String idempotencyKey = UUID.randomUUID().toString();
        // answered 201 just before PostgreSQL dies: the partner app will never send it again, so it must survive
        String takenBeforeTheCrash = submit(sample("gas-tagline.json").replace("Yohanes Bria", "Simon Kase")
                .replace("198609262015051001", "198407092010011006"), UUID.randomUUID().toString())
                .then().statusCode(201).extract().path("id");
        system.killPostgres();
        try {
            // nothing can be stored: the partner app is told to come back, and nothing half-done stays behind
            submit(body, idempotencyKey).then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", notNullValue());
        } finally {
            system.startPostgres();
        }

        // the partner app retries with the same key, as its Retry-After says, until the database is back
        String reportId = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> submit(body, idempotencyKey), response -> response.statusCode() == 201).path("id");
        submit(body, idempotencyKey).then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(reportId));
        call(NetralService.REPORT, token(VERIFIER)).contentType(ContentType.JSON)
                .body(Map.of("decision", "VERIFIED", "violationKind", "D2"))
                .when().post("/api/v1/reports/{id}/verification", reportId)
                .then().statusCode(200);

        // every service found its database again: the case goes all the way
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() ->
                call(NetralService.REPORT, token(VERIFIER)).when().get("/api/v1/reports/{id}", reportId)
                        .then().body("status", equalTo("NOTIFIED")));
        call(NetralService.REPORT, token(VERIFIER)).when().get("/api/v1/reports/{id}", takenBeforeTheCrash)
                .then().statusCode(200).body("accused.name", equalTo("Simon Kase"));
        // one report, however often the partner app tried
        call(NetralService.REPORT, token(VERIFIER)).queryParam("size", 100)
                .when().get("/api/v1/reports")
                .then().statusCode(200)
                .body("items.findAll { it.accusedName == 'Kornelis Manu' }.size()", equalTo(1));
    }

    @Test
    void servicesKilledMidStreamLoseNoCaseAndDoubleNone() throws Exception {
        Map<String, String> accused = Map.of("Frans Lado", "197904122005011001",
                "Yosef Neno", "198112032006041002", "Paulus Taek", "198302142008011003");
        Map<String, String> reportIds = new HashMap<>();
        for (var person : accused.entrySet()) {
            reportIds.put(person.getKey(), submitAndVerify(sample("gas-tagline.json")
                    .replace("Yohanes Bria", person.getKey()).replace("198609262015051001", person.getValue()), "D2"));
            if (reportIds.size() == 2) {
                // the decisions on the first cases are on their way through sanction-service
                system.kill(NetralService.SANCTION);
            }
        }
        system.restart(NetralService.SANCTION);
        // notification-service is sending the notices of these cases
        await().atMost(Duration.ofSeconds(120)).until(() -> accused.keySet().stream()
                .anyMatch(name -> !mailsAbout(name).isEmpty()));
        system.kill(NetralService.NOTIFICATION);
        system.restart(NetralService.NOTIFICATION);

        for (var report : reportIds.entrySet()) {
            await().atMost(Duration.ofSeconds(120)).untilAsserted(() ->
                    call(NetralService.REPORT, token(VERIFIER)).when().get("/api/v1/reports/{id}", report.getValue())
                            .then().body("status", equalTo("NOTIFIED")));
            call(NetralService.SANCTION, token(PERSONNEL_OFFICER))
                    .when().get("/api/v1/recommendations?reportId={id}", report.getValue())
                    .then().statusCode(200).body("size()", equalTo(1));
            // a mail sent just before the kill and not yet recorded goes again under its Message-ID, which a mail
            // client shows once: one Message-ID per recipient is one mail
            Map<String, Set<String>> messageIdsByRecipient = await().atMost(Duration.ofSeconds(120))
                    .until(() -> messageIdsByRecipient(mailsAbout(report.getKey())),
                            byRecipient -> byRecipient.size() == NOTICES_PER_CASE);
            assertThat(messageIdsByRecipient).as("Message-IDs per recipient about %s", report.getKey())
                    .allSatisfy((recipient, ids) -> assertThat(ids).hasSize(1));
            call(NetralService.NOTIFICATION, token(PERSONNEL_OFFICER))
                    .when().get("/api/v1/notifications?reportId={id}", report.getValue())
                    .then().body("size()", equalTo(NOTICES_PER_CASE));
        }
    }

    private static Map<String, Set<String>> messageIdsByRecipient(List<MimeMessage> mails) throws MessagingException {
        Map<String, Set<String>> byRecipient = new HashMap<>();
        for (MimeMessage mail : mails) {
            byRecipient.computeIfAbsent(mail.getAllRecipients()[0].toString(), recipient -> new HashSet<>())
                    .add(mail.getMessageID());
        }
        return byRecipient;
    }

    private io.restassured.response.Response submit(String body, String idempotencyKey) {
        return call(NetralService.REPORT, system.identityProvider().partnerApp("bawaslu-intake"))
                .header("Idempotency-Key", idempotencyKey).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/reports");
    }

    /** A gauge or counter of a service's /q/metrics; -1 while the series is not there. */
    private double metric(NetralService service, String series) {
        return Metrics.value(system.url(service), series, -1);
    }

    private String submitSampleAndVerify(String sample, String kind) throws IOException {
        return submitAndVerify(sample(sample), kind);
    }

    /** A sample case as sample-case.sh sends it: the act two days ago, known yesterday (within the window). */
    private static String sample(String name) throws IOException {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Makassar"));
        return Files.readString(SAMPLES.resolve(name))
                .replaceAll("\"date\": \"[0-9-]+\"", "\"date\": \"" + today.minusDays(2) + "\"")
                .replaceAll("\"knownDate\": \"[0-9-]+\"", "\"knownDate\": \"" + today.minusDays(1) + "\"");
    }

    private String submitAndVerify(String body, String kind) {
        String reportId = call(NetralService.REPORT, system.identityProvider().partnerApp("bawaslu-intake"))
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/reports")
                .then().statusCode(201).extract().path("id");
        call(NetralService.REPORT, token(VERIFIER)).contentType(ContentType.JSON)
                .body(Map.of("decision", "VERIFIED", "violationKind", kind))
                .when().post("/api/v1/reports/{id}/verification", reportId)
                .then().statusCode(200);
        return reportId;
    }

    private RequestSpecification call(NetralService service, String token) {
        return given().baseUri(system.url(service)).auth().oauth2(token);
    }

    private String token(String role) {
        return system.identityProvider().token(role);
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

    /** The mails to the head of DISPERKIM, where both samples' accused work. */
    private List<MimeMessage> headsMailAbout(String accusedName) {
        return mailsAbout(accusedName).stream().filter(mail -> {
            try {
                return mail.getAllRecipients()[0].toString().equals("kepala.disperkim@kupangkota.example");
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }

    /** By the letter's text: the subject travels in clear and names no one (register number and Hal only). */
    private List<MimeMessage> mailsAbout(String accusedName) {
        return system.smtp().received().stream().filter(mail -> {
            try {
                return Letters.text(mail).contains(accusedName);
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

}

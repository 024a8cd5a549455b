package id.netral.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the event catalogue for consumers ({@code netral/asyncapi.yaml}) true to the code: every {@link EventType}
 * is there once, on its topic, with its CloudEvents type and the schema file {@link EventSchemas} validates with,
 * and every example is an event Netral's own consumers would accept.
 */
class AsyncApiCatalogueTest {
    private static final String CATALOGUE = "netral/asyncapi.yaml";
    private static final String CATALOGUE_DIR = "netral/";

    private static JsonNode doc;
    private static Map<String, String> channelOfAddress;
    private static Map<EventType, List<Located>> messagesByType;

    /** A message of the catalogue, resolved, with the channel it is in. */
    private record Located(String channelKey, String address, String messageKey, JsonNode message) {
    }

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = AsyncApiCatalogueTest.class.getClassLoader().getResourceAsStream(CATALOGUE)) {
            assertThat(in).as(CATALOGUE + " on the classpath").isNotNull();
            doc = new YAMLMapper().readTree(in);
        }
        channelOfAddress = new LinkedHashMap<>();
        messagesByType = new EnumMap<>(EventType.class);
        doc.path("channels").fields().forEachRemaining(channel -> {
            String address = channel.getValue().path("address").asText();
            channelOfAddress.put(address, channel.getKey());
            channel.getValue().path("messages").fields().forEachRemaining(m -> {
                JsonNode message = resolve(m.getValue());
                String ceType = headerConst(message, CloudEventHeaders.TYPE);
                EventType type = EventType.ofCeType(ceType).orElseThrow(() -> new AssertionError(
                        "channel " + channel.getKey() + " has message " + m.getKey() + " of unknown type " + ceType));
                messagesByType.computeIfAbsent(type, t -> new ArrayList<>())
                        .add(new Located(channel.getKey(), address, m.getKey(), message));
            });
        });
    }

    @Test
    void isAnAsyncApi3DocumentWhoseMajorIsTheTopicsGeneration() {
        assertThat(doc.path("asyncapi").asText()).isEqualTo("3.0.0");
        String major = doc.path("info").path("version").asText().split("\\.")[0];
        for (EventType type : EventType.values()) {
            assertThat(type.topic()).endsWith(".v" + major);
            assertThat(type.ceType()).matches(".*\\.v[1-9][0-9]*");
        }
    }

    @Test
    void agenciesConnectOverTlsSignedInToTheAddressTheirSiteGivesThem() {
        assertThat(doc.path("servers")).isNotEmpty();
        doc.path("servers").fields().forEachRemaining(entry -> {
            String name = entry.getKey();
            JsonNode server = entry.getValue();
            // the external listener is TLS-only; the plain listener (9092) is Netral's own and not published
            assertThat(server.path("protocol").asText()).as("protocol of server %s", name).isEqualTo("kafka-secure");

            String host = server.path("host").asText();
            Matcher placeholders = Pattern.compile("\\{([^}]+)}").matcher(host);
            Set<String> used = new HashSet<>();
            while (placeholders.find()) {
                used.add(placeholders.group(1));
            }
            Set<String> declared = new HashSet<>();
            server.path("variables").fieldNames().forEachRemaining(declared::add);
            assertThat(used).as("host variables of server %s (the address is the site's)", name).isNotEmpty()
                    .isEqualTo(declared);
            server.path("variables").fields().forEachRemaining(variable -> {
                assertThat(variable.getValue().path("description").asText()).as("description of %s", variable.getKey())
                        .isNotBlank();
                assertThat(variable.getValue().path("default").isTextual()).as("default of %s", variable.getKey())
                        .isTrue();
            });
            String defaultAddress = host;
            for (String variable : used) {
                defaultAddress = defaultAddress.replace("{" + variable + "}",
                        server.path("variables").path(variable).path("default").asText());
            }
            URI address = URI.create("kafka://" + defaultAddress);
            assertThat(address.getHost()).as("default host of server %s", name).contains("change-me");
            assertThat(address.getPort()).as("default port of server %s (the external listener)", name)
                    .isEqualTo(9094);

            assertThat(server.path("security")).as("security of server %s", name).isNotEmpty();
            server.path("security").forEach(ref -> {
                assertThat(pointer(ref)).startsWith("/components/securitySchemes/");
                // signed in inside the TLS connection, as the listener's authentication: scram-sha-512 wants
                assertThat(resolve(ref).path("type").asText()).as("security scheme %s", pointer(ref))
                        .isEqualTo("scramSha512");
            });
        });
    }

    @Test
    void everyPayloadIsADraft202012JsonSchemaAndSaysSo() throws IOException {
        for (EventType type : EventType.values()) {
            JsonNode payload = single(type).message().path("payload");
            assertThat(payload.path("schemaFormat").asText()).as("schemaFormat of the payload of %s", type)
                    .isEqualTo("application/schema+json;version=draft-2020-12");
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(type.schemaResource())) {
                assertThat(in).as(type.schemaResource()).isNotNull();
                JsonNode schema = new YAMLMapper().readTree(in);
                assertThat(schema.path("$schema").asText()).as("dialect of %s", type.schemaResource())
                        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
            }
        }
    }

    @Test
    void eachTypeVersionHasItsOwnSchemaAndARetiredOneAWrittenSuccessor() {
        for (EventType type : EventType.values()) {
            String schema = type.schemaResource();
            if (type.version() == 1) {
                assertThat(schema).as("schema of %s", type).doesNotMatch(".*\\.v[0-9]+\\.schema\\.json");
            } else {
                assertThat(schema).as("schema of %s", type).endsWith(".v" + type.version() + ".schema.json");
            }
            EventType written = type.successor();
            assertThat(written.retired()).isFalse();
            if (type.retired()) {
                assertThat(written.version()).as("successor of %s", type).isGreaterThan(type.version());
                assertThat(written.topic()).as("successor of %s", type).isEqualTo(type.topic());
            } else {
                assertThat(written).isEqualTo(type);
            }
        }
    }

    @Test
    void retiredMessagesAreMarkedAndSayWhatReplacesThem() {
        for (EventType type : EventType.values()) {
            JsonNode message = single(type).message();
            assertThat(message.path("x-netral-retired").asBoolean(false)).as("x-netral-retired of %s", type)
                    .isEqualTo(type.retired());
            if (type.retired()) {
                assertThat(message.path("summary").asText()).as("summary of %s", type)
                        .startsWith("RETIRED").contains(type.successor().ceType());
            }
        }
    }

    @Test
    void theCatalogueSaysWhatEachWrittenEventCarriesOfTheAccused() {
        String description = doc.path("info").path("description").asText();
        assertThat(description).contains("only an event about a proven violation names the accused");
        for (EventType type : EventType.values()) {
            long rows = description.lines().filter(line -> line.startsWith("| `" + type.ceType() + "` |")).count();
            assertThat(rows).as("rows for %s in 'Who is named in an event'", type).isEqualTo(type.retired() ? 0 : 1);
        }
    }

    @Test
    void noExampleOfAnUnprovenReportNamesTheAccused() {
        for (EventType type : EventType.values()) {
            if (type.topic().equals(Topics.REPORTS) && type != EventType.REPORT_VERIFIED && !type.retired()) {
                List<String> names = new ArrayList<>();
                single(type).message().path("examples").forEach(example -> fieldNames(example.path("payload"), names));
                assertThat(names).as("example of %s", type)
                        .doesNotContain("accused", "name", "employeeId", "position");
            }
        }
    }

    @Test
    void theChannelsAreExactlyTheTopics() throws IllegalAccessException {
        Set<String> topics = new HashSet<>();
        for (Field field : Topics.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                topics.add((String) field.get(null));
            }
        }
        assertThat(channelOfAddress.keySet()).containsExactlyInAnyOrderElementsOf(topics);
    }

    @Test
    void everyEventTypeHasExactlyOneMessageInTheChannelOfItsTopic() {
        assertThat(messagesByType.keySet()).containsExactlyInAnyOrder(EventType.values());
        for (EventType type : EventType.values()) {
            List<Located> found = messagesByType.get(type);
            assertThat(found).as("messages of %s", type).hasSize(1);
            Located located = found.get(0);
            assertThat(located.address()).as("topic of %s", type).isEqualTo(type.topic());

            JsonNode message = located.message();
            assertThat(headerConst(message, CloudEventHeaders.TYPE)).isEqualTo(type.ceType());
            assertThat(headerConst(message, CloudEventHeaders.DATA_SCHEMA)).isEqualTo(type.schemaUri());
            assertThat(message.path("name").asText()).as("name of %s", type).isNotBlank();
            assertThat(message.path("title").asText()).as("title of %s", type).isNotBlank();
            assertThat(message.path("summary").asText()).as("summary of %s", type).isNotBlank();
            assertThat(message.path("contentType").asText()).isEqualTo(CloudEventHeaders.JSON);

            String payloadRef = message.path("payload").path("schema").path("$ref").asText();
            String schemaFile = URI.create(CATALOGUE_DIR).resolve(payloadRef).getPath();
            assertThat(schemaFile).as("payload of %s", type).isEqualTo(type.schemaResource());
            assertThat(getClass().getClassLoader().getResource(schemaFile)).as(schemaFile).isNotNull();

            JsonNode key = resolve(resolve(message.path("bindings")).path("kafka").path("key"));
            assertThat(key.path("type").asText()).as("record key of %s", type).isEqualTo("string");
            assertThat(key.path("format").asText()).as("record key of %s", type).isEqualTo("uuid");
        }
    }

    @Test
    void theMessagesOfOneChannelComeFromOneService() {
        Map<String, Set<String>> sources = new HashMap<>();
        messagesByType.values().stream().flatMap(List::stream).forEach(located -> sources
                .computeIfAbsent(located.address(), a -> new HashSet<>())
                .add(headerConst(located.message(), CloudEventHeaders.SOURCE)));
        sources.forEach((topic, names) -> assertThat(names).as("ce_source on %s", topic).hasSize(1));
    }

    @Test
    void consumersReceiveEveryMessageOfEveryChannel() {
        Map<String, Set<String>> received = new HashMap<>();
        doc.path("operations").forEach(operation -> {
            assertThat(operation.path("action").asText()).isEqualTo("receive");
            String channelKey = pointer(operation.path("channel")).substring("/channels/".length());
            Set<String> messages = received.computeIfAbsent(channelKey, k -> new HashSet<>());
            operation.path("messages").forEach(ref -> {
                String prefix = "/channels/" + channelKey + "/messages/";
                assertThat(pointer(ref)).startsWith(prefix);
                messages.add(pointer(ref).substring(prefix.length()));
            });
        });
        assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(channelOfAddress.values());
        received.forEach((channelKey, messages) -> {
            Set<String> all = new HashSet<>();
            doc.path("channels").path(channelKey).path("messages").fieldNames().forEachRemaining(all::add);
            assertThat(messages).as("messages received from %s", channelKey).isEqualTo(all);
        });
    }

    @Test
    void theHeadersEventEnvelopeWritesFitEachMessageHeaders() {
        for (EventType type : EventType.values()) {
            JsonSchema headers = headerSchema(single(type).message());
            String reportId = UUID.randomUUID().toString();
            EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), type,
                    headerConst(single(type).message(), CloudEventHeaders.SOURCE), reportId, Instant.now(), reportId,
                    "{}");
            Map<String, String> written = new LinkedHashMap<>(envelope.headers());
            assertThat(violations(headers, written)).as("headers of %s", type).isEmpty();

            written.put("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
            assertThat(violations(headers, written)).as("headers of %s with traceparent", type).isEmpty();

            written.put(CloudEventHeaders.TYPE, type == EventType.REPORT_SUBMITTED
                    ? EventType.REPORT_VERIFIED.ceType() : EventType.REPORT_SUBMITTED.ceType());
            assertThat(violations(headers, written)).as("headers of %s with another ce_type", type).isNotEmpty();
        }
    }

    @Test
    void eachMessageHasOneExampleThatNetralsConsumersAccept() {
        for (EventType type : EventType.values()) {
            JsonNode message = single(type).message();
            JsonNode examples = message.path("examples");
            assertThat(examples).as("examples of %s", type).hasSize(1);
            JsonNode example = examples.get(0);
            JsonNode payload = example.path("payload");

            if (type.retired()) {
                EventSchemas.validateReceived(type, payload.toString());
            } else {
                EventSchemas.validate(type, payload);
            }
            assertThat(violations(headerSchema(message), example.path("headers"))).as("example headers of %s", type)
                    .isEmpty();

            Map<String, String> headers = new LinkedHashMap<>();
            example.path("headers").fields().forEachRemaining(h -> headers.put(h.getKey(), h.getValue().asText()));
            String key = payload.path("reportId").asText();
            assertThat(headers.get(CloudEventHeaders.SUBJECT)).as("ce_subject of %s", type).isEqualTo(key);
            EventEnvelope received = EventEnvelope.fromKafka(headers, key, payload.toString());
            assertThat(received.type()).isEqualTo(type);
            assertThat(received.payload(type.payloadType())).isNotNull();
        }
    }

    @Test
    void noExampleCarriesReporterData() {
        List<String> reporterFields = new ArrayList<>();
        doc.path("components").path("messages").forEach(message -> message.path("examples")
                .forEach(example -> fieldNames(example, reporterFields)));
        assertThat(reporterFields.stream().filter(name -> name.toLowerCase().matches(".*(reporter|nik|contact).*"))
                .collect(Collectors.toList())).isEmpty();
    }

    @Test
    void theExampleNipsAreWellFormed() {
        List<String> nips = new ArrayList<>();
        doc.path("components").path("messages").forEach(message -> message.path("examples").forEach(example -> {
            JsonNode nip = example.path("payload").path("accused").path("employeeId");
            if (nip.isTextual()) {
                nips.add(nip.asText());
                // birth date YYYYMMDD, appointment YYYYMM after it, sex digit 1 or 2, sequence from 001
                assertThat(nip.asText()).matches("(19|20)\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])"
                        + "(19|20)\\d{2}(0[1-9]|1[0-2])[12](?!000)\\d{3}");
                assertThat(nip.asText().substring(8, 14)).isGreaterThan(nip.asText().substring(0, 6));
            }
        }));
        assertThat(nips).contains("198609262015051001");
    }

    private static Located single(EventType type) {
        return messagesByType.get(type).get(0);
    }

    /** A message's header schema with its local references inlined, validated as EventSchemas validates payloads. */
    private static JsonSchema headerSchema(JsonNode message) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return factory.getSchema(inline(message.path("headers")), config);
    }

    private static Set<ValidationMessage> violations(JsonSchema schema, Object headers) {
        JsonNode node = headers instanceof JsonNode json ? json : new YAMLMapper().valueToTree(headers);
        return schema.validate(node);
    }

    /** The const a message's headers schema gives a header, looking through allOf and local references. */
    private static String headerConst(JsonNode message, String header) {
        List<String> found = new ArrayList<>();
        collectConst(resolve(message.path("headers")), header, found);
        assertThat(found).as("const %s in the headers of %s", header, message.path("name").asText()).hasSize(1);
        return found.get(0);
    }

    private static void collectConst(JsonNode schema, String header, List<String> found) {
        JsonNode value = schema.path("properties").path(header).path("const");
        if (value.isTextual()) {
            found.add(value.asText());
        }
        schema.path("allOf").forEach(part -> collectConst(resolve(part), header, found));
    }

    private static JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref") && current.path("$ref").asText().startsWith("#/")) {
            JsonNode target = doc.at(pointer(current));
            assertThat(target.isMissingNode()).as("reference " + current.path("$ref").asText()).isFalse();
            current = target;
        }
        return current;
    }

    private static JsonNode inline(JsonNode node) {
        JsonNode resolved = resolve(node);
        if (resolved.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            resolved.fields().forEachRemaining(f -> copy.set(f.getKey(), inline(f.getValue())));
            return copy;
        }
        if (resolved.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            resolved.forEach(item -> copy.add(inline(item)));
            return copy;
        }
        return resolved;
    }

    private static String pointer(JsonNode ref) {
        String value = ref.path("$ref").asText();
        assertThat(value).startsWith("#/");
        return value.substring(1);
    }

    private static void fieldNames(JsonNode node, List<String> names) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                names.add(f.getKey());
                fieldNames(f.getValue(), names);
            });
        } else if (node.isArray()) {
            node.forEach(e -> fieldNames(e, names));
        }
    }
}

package id.netral.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each schema's {@code $id} names the file it is in, under one base whose path ({@code /events/}) is where every
 * Netral service serves the files, so that a record's {@code ce_dataschema} resolves to the schema it was checked
 * against; and the same files are read offline from this jar.
 */
class SchemaIdsTest {

    /** Every file of the schema folder, by file name. */
    private static Map<String, Path> schemaFiles() throws IOException, URISyntaxException {
        URL folder = SchemaIdsTest.class.getClassLoader().getResource(EventSchemas.SCHEMA_RESOURCES);
        assertThat(folder).isNotNull();
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> listed = Files.list(Path.of(folder.toURI()))) {
            listed.forEach(file -> files.put(file.getFileName().toString(), file));
        }
        return files;
    }

    @Test
    void eachSchemaIsIdentifiedByItsFileNameUnderTheServedBase() throws Exception {
        Map<String, Path> files = schemaFiles();
        assertThat(files).containsKeys("accused.schema.json", "report-submitted.v2.schema.json");
        assertThat(URI.create(EventSchemas.SCHEMA_BASE).getPath()).isEqualTo("/events/");
        for (Map.Entry<String, Path> file : files.entrySet()) {
            JsonNode schema = new ObjectMapper().readTree(file.getValue().toFile());
            assertThat(schema.path("$id").asText()).as("$id of %s", file.getKey())
                    .isEqualTo(EventSchemas.SCHEMA_BASE + file.getKey());
            assertThat(schema.path("$schema").asText()).as("dialect of %s", file.getKey())
                    .isEqualTo("https://json-schema.org/draft/2020-12/schema");
        }
    }

    @Test
    void eachEventTypesDataschemaIsTheIdOfTheSchemaItIsCheckedAgainst() throws Exception {
        Map<String, Path> files = schemaFiles();
        for (EventType type : EventType.values()) {
            assertThat(files).as("schema of %s", type).containsKey(type.schemaFile());
            JsonNode schema = new ObjectMapper().readTree(files.get(type.schemaFile()).toFile());
            assertThat(type.schemaUri()).isEqualTo(schema.path("$id").asText());
            assertThat(type.schemaResource()).isEqualTo(EventSchemas.SCHEMA_RESOURCES + type.schemaFile());
        }
    }

    @Test
    void theReferencesBetweenSchemasStayInTheFolder() throws Exception {
        for (Map.Entry<String, Path> file : schemaFiles().entrySet()) {
            List<String> refs = new ArrayList<>();
            collectRefs(new ObjectMapper().readTree(file.getValue().toFile()), refs);
            for (String ref : refs) {
                // relative, so it resolves against the $id to a served file and against the classpath offline
                URI target = URI.create(EventSchemas.SCHEMA_BASE + file.getKey()).resolve(ref);
                assertThat(URI.create(ref).isAbsolute()).as("%s in %s", ref, file.getKey()).isFalse();
                assertThat(target.toString()).as("%s in %s", ref, file.getKey()).startsWith(EventSchemas.SCHEMA_BASE);
                assertThat(EventSchemas.schemaById(target.toString().split("#")[0]))
                        .as("%s in %s", ref, file.getKey()).isPresent();
            }
        }
    }

    @Test
    void theFilesAreReadByNameOrByIdExactlyAsStored() throws Exception {
        for (Map.Entry<String, Path> file : schemaFiles().entrySet()) {
            byte[] stored = Files.readAllBytes(file.getValue());
            assertThat(EventSchemas.schemaFile(file.getKey())).as(file.getKey()).hasValueSatisfying(
                    bytes -> assertThat(bytes).isEqualTo(stored));
            assertThat(EventSchemas.schemaById(EventSchemas.SCHEMA_BASE + file.getKey())).as(file.getKey())
                    .hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(stored));
        }
    }

    @Test
    void nothingButASchemaFileIsRead() {
        for (String name : List.of("../asyncapi.yaml", "..%2Fasyncapi.yaml", "asyncapi.yaml",
                "id/netral/events/EventType.class", "report-verified.schema.json/", "/report-verified.schema.json",
                "Report-verified.schema.json",
                "report-verified.schema.json.bak", "nothing-here.schema.json", "", "report-verified")) {
            assertThat(EventSchemas.schemaFile(name)).as(name).isEmpty();
        }
        assertThat(EventSchemas.schemaFile(null)).isEmpty();
        assertThat(EventSchemas.schemaById("https://example.org/events/report-verified.schema.json")).isEmpty();
        assertThat(EventSchemas.schemaById(EventSchemas.SCHEMA_BASE + "../asyncapi.yaml")).isEmpty();
        assertThat(EventSchemas.schemaById(null)).isEmpty();
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                if (f.getKey().equals("$ref") && f.getValue().isTextual()) {
                    refs.add(f.getValue().asText());
                } else {
                    collectRefs(f.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(e -> collectRefs(e, refs));
        }
    }
}

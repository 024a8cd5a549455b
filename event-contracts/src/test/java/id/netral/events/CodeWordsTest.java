package id.netral.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.netral.events.words.CodeWords;
import id.netral.events.words.Vocabulary;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** No code an event may carry reaches a person as a code: each has words in the one table. */
class CodeWordsTest {
    /**
     * The schema properties whose codes people read, and the vocabulary that words them; "file#property" where one
     * schema's property of that name means something else.
     */
    private static final Map<String, Vocabulary> WORDED = Map.ofEntries(
            Map.entry("employmentType", CodeWords.EMPLOYMENT),
            Map.entry("step", CodeWords.FOLLOW_UP_STEP),
            Map.entry("recipientRole", CodeWords.RECIPIENT),
            Map.entry("channel", CodeWords.CHANNEL),
            Map.entry("kind", CodeWords.NOTICE_KIND),
            Map.entry("category", CodeWords.DELIVERY_FAILURE),
            Map.entry("track", CodeWords.TRACK),
            Map.entry("level", CodeWords.LEVEL),
            Map.entry("sanctioningBody", CodeWords.SANCTIONING_BODY),
            Map.entry("receiver", CodeWords.SANCTIONING_BODY),
            Map.entry("body", CodeWords.SANCTIONING_BODY),
            Map.entry("actor", CodeWords.PROCEDURE_ACTOR),
            Map.entry("appealKind", CodeWords.APPEAL_KIND),
            Map.entry("outcome", CodeWords.CASE_STATUS),
            Map.entry("sanction-not-imposed.schema.json#outcome", CodeWords.DECISION_OUTCOME));

    @Test
    void everyCodeTheEventSchemasAllowHasWords() throws IOException, URISyntaxException {
        List<String> unworded = new ArrayList<>();
        int checked = 0;
        for (Path schema : schemas()) {
            List<Map.Entry<String, JsonNode>> enums = new ArrayList<>();
            collectEnums(new ObjectMapper().readTree(schema.toFile()), enums);
            for (Map.Entry<String, JsonNode> property : enums) {
                Vocabulary words = WORDED.getOrDefault(schema.getFileName() + "#" + property.getKey(),
                        WORDED.get(property.getKey()));
                if (words == null) {
                    continue;
                }
                for (JsonNode code : property.getValue()) {
                    if (code.isNull()) {
                        continue;
                    }
                    checked++;
                    if (!words.knows(code.asText())) {
                        unworded.add(schema.getFileName() + " " + property.getKey() + " " + code.asText());
                    }
                }
            }
        }
        assertThat(checked).as("codes found in the schemas").isGreaterThan(30);
        assertThat(unworded).isEmpty();
    }

    @Test
    void aCodeFromANewerNetralReadsAsANeutralPhraseNeverAsTheCode() {
        assertThat(CodeWords.CHANNEL.of("SMS")).isEqualTo("saluran lain");
        assertThat(CodeWords.SANCTION.of("R2")).isEqualTo("teguran tertulis");
        assertThat(CodeWords.TRACK.capitalised("ETHICS")).isEqualTo("Pelanggaran kode etik");
        assertThat(CodeWords.LEVEL.of(null)).isEmpty();
    }

    @Test
    void wordsAreWordsNotCodes() {
        Stream.of(CodeWords.class.getFields()).map(field -> {
            try {
                return (Vocabulary) field.get(null);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }).flatMap(words -> words.all().values().stream())
                .forEach(phrase -> assertThat(phrase).doesNotMatch(".*\\b[A-Z]+_[A-Z_]+\\b.*"));
    }

    private static void collectEnums(JsonNode node, List<Map.Entry<String, JsonNode>> found) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                JsonNode values = field.getValue().path("enum");
                if (values.isArray()) {
                    found.add(Map.entry(field.getKey(), values));
                }
                collectEnums(field.getValue(), found);
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectEnums(child, found));
        }
    }

    private static List<Path> schemas() throws IOException, URISyntaxException {
        Path directory = Path.of(CodeWordsTest.class.getResource("/netral/events/accused.schema.json").toURI())
                .getParent();
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.toString().endsWith(".schema.json")).sorted().toList();
        }
    }
}

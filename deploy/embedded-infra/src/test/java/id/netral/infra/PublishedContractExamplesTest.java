package id.netral.infra;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The example check on small hand-made documents: an example that only repeats its field's name fails it. */
class PublishedContractExamplesTest {

    /** One operation answering {@code answer} and taking {@code body} (JSON texts), as the served document has it. */
    private static JsonPath document(String answer, String body) {
        return JsonPath.from("""
                {"openapi": "3.1.0",
                 "paths": {"/api/v1/audit": {"post": {
                   "requestBody": {"content": {"application/json": {"schema": {"type": "object"},
                                                                   "example": %s}}},
                   "responses": {"200": {"description": "OK", "content": {"application/json": {
                       "schema": {"$ref": "#/components/schemas/AuditEntry"}, "example": %s}}}}}}},
                 "components": {"schemas": {"AuditEntry": {"type": "object",
                   "properties": {"actor": {"type": "string"}, "legalBasis": {"type": "array",
                                  "items": {"type": "string"}}}}}}}
                """.formatted(body, answer));
    }

    private static final String GOOD_BODY = "{\"reason\": \"Salah alamat surel\"}";

    @Test
    void examplesAPartnerRecognisesPass() {
        assertThatCode(() -> PublishedContract.assertEveryAnswerHasAnExample(document(
                "{\"actor\": \"maria.ndoen\", \"legalBasis\": [\"PP 94/2021 Pasal 8\"]}", GOOD_BODY)))
                .doesNotThrowAnyException();
    }

    @Test
    void aFieldWhoseExampleIsItsOwnNameFails() {
        assertThatThrownBy(() -> PublishedContract.assertEveryAnswerHasAnExample(document(
                "{\"actor\": \"actor\", \"legalBasis\": [\"PP 94/2021 Pasal 8\"]}", GOOD_BODY)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("POST /api/v1/audit 200 application/json.actor = \"actor\"");
    }

    @Test
    void aListWhoseItemIsItsOwnNameFails() {
        assertThatThrownBy(() -> PublishedContract.assertEveryAnswerHasAnExample(document(
                "{\"actor\": \"maria.ndoen\", \"legalBasis\": [\"legalBasis\"]}", GOOD_BODY)))
                .isInstanceOf(AssertionError.class).hasMessageContaining(".legalBasis[] = \"legalBasis\"");
    }

    @Test
    void theKitsNamelessStandInFails() {
        assertThatThrownBy(() -> PublishedContract.assertEveryAnswerHasAnExample(document(
                "{\"actor\": \"maria.ndoen\", \"legalBasis\": [\"teks\"]}", GOOD_BODY)))
                .isInstanceOf(AssertionError.class).hasMessageContaining(".legalBasis[] = \"teks\"");
    }

    @Test
    void aBodyExampleThatNamesItsFieldFails() {
        assertThatThrownBy(() -> PublishedContract.assertEveryAnswerHasAnExample(document(
                "{\"actor\": \"maria.ndoen\"}", "{\"reason\": \"reason\"}")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("POST /api/v1/audit body application/json.reason = \"reason\"");
    }
}

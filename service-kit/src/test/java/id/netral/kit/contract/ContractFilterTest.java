package id.netral.kit.contract;

import id.netral.infra.EmbeddedInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The parts of every service's OpenAPI document the kit writes, read from the test application's document. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "kit"))
class ContractFilterTest {

    private static JsonPath document() {
        return given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void everyErrorOfAnApiOperationIsAProblemWithItsSchemaAndTheProblemTypesExplained() {
        JsonPath openApi = document();
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        assertThat(paths).containsKey("/api/v1/audit");
        paths.forEach((path, operations) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            operations.forEach((method, operation) -> {
                Map<String, Map<String, Object>> responses = openApi.getMap(
                        "paths.'" + path + "'." + method + ".responses");
                responses.forEach((status, response) -> {
                    if (status.startsWith("4") || status.startsWith("5")) {
                        assertThat(openApi.getString("paths.'" + path + "'." + method + ".responses.'" + status
                                + "'.content.'application/problem+json'.schema.$ref"))
                                .as("%s %s answers %s as a problem", method, path, status)
                                .isEqualTo("#/components/schemas/Problem");
                    }
                });
                assertThat(responses).as("%s %s", method, path).containsKey("503");
            });
        });
        assertThat(openApi.getList("components.schemas.Problem.required")).contains("type", "title", "status");
        assertThat(openApi.getString("components.schemas.Problem.properties.type.description"))
                .contains("https://netral.id/problems/invalid-request", "https://netral.id/problems/rate-limited",
                        "https://netral.id/problems/idempotency-key-reused",
                        "https://netral.id/problems/body-too-large");
    }

    @Test
    void statusesTheKitAnswersForEveryOperationAreDeclaredWithRetryAfterWhereTheClientShouldWait() {
        JsonPath openApi = document();
        String audit = "paths.'/api/v1/audit'.get.responses";
        assertThat(openApi.getMap(audit)).containsKeys("200", "400", "401", "403", "503");
        assertThat(openApi.getString(audit + ".'503'.headers.Retry-After.schema.type")).isEqualTo("integer");
        assertThat(openApi.getMap("paths.'/api/v1/admin/dead-letters/replay'.post.responses")).containsKey("400");
    }

    /** A list that pages (it takes the kit's size parameter) declares the total header; other operations do not. */
    @Test
    void everyListThatPagesDeclaresTheTotalCountHeader() {
        JsonPath openApi = document();
        for (String list : List.of("/api/v1/audit", "/api/v1/audit/page", "/api/v1/admin/dead-letters")) {
            assertThat(openApi.getString("paths.'" + list + "'.get.responses.'200'.headers.X-Total-Count.schema.type"))
                    .as(list).isEqualTo("integer");
            assertThat(openApi.getInt("paths.'" + list + "'.get.parameters.find { it.name == 'size' }.schema.maximum"))
                    .as(list).isEqualTo(200);
        }
        assertThat(openApi.getMap("paths.'/api/v1/admin/dead-letters/replay'.post.responses.'200'.headers"))
                .isNullOrEmpty();
    }

    /** Every answer shows an example: a success one built from its schema, an error one the problem the kit sends. */
    @Test
    void everyAnswerHasAnExample() {
        JsonPath openApi = document();
        String page = "paths.'/api/v1/audit/page'.get.responses";
        assertThat(openApi.getInt(page + ".'200'.content.'application/json'.example.size")).isEqualTo(50);
        assertThat(openApi.getList(page + ".'200'.content.'application/json'.example.items")).hasSize(1);
        assertThat(openApi.getString(page + ".'400'.content.'application/problem+json'.example.type"))
                .isEqualTo("https://netral.id/problems/invalid-request");
        assertThat(openApi.getString(page + ".'400'.content.'application/problem+json'.example.errors[0].field"))
                .isEqualTo("size");
        assertThat(openApi.getInt(page + ".'503'.content.'application/problem+json'.example.status")).isEqualTo(503);
    }

    @Test
    void theServerIsTheSitesPublicHostAndSigningInIsOAuthAgainstItsIdentityProvider() {
        JsonPath openApi = document();
        assertThat(openApi.getString("servers[0].url")).isEqualTo("https://{host}");
        assertThat(openApi.getString("servers[0].variables.host.default")).isEqualTo("netral.change-me.example");
        String flows = "components.securitySchemes.oauth2.flows";
        assertThat(openApi.getString("components.securitySchemes.oauth2.type")).isEqualTo("oauth2");
        assertThat(openApi.getString(flows + ".clientCredentials.tokenUrl"))
                .isEqualTo("https://sso.change-me.example/realms/netral/protocol/openid-connect/token");
        assertThat(openApi.getString(flows + ".authorizationCode.authorizationUrl"))
                .isEqualTo("https://sso.change-me.example/realms/netral/protocol/openid-connect/auth");
        List<Map<String, Object>> security = openApi.getList("paths.'/api/v1/audit'.get.security");
        assertThat(security).as("a bearer token from either flow").anySatisfy(requirement ->
                assertThat(requirement).containsKey("oauth2"));
    }
}

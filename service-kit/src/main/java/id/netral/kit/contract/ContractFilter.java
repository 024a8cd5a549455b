package id.netral.kit.contract;

import id.netral.kit.paging.PageParameters;
import id.netral.kit.problem.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.OAuthFlow;
import org.eclipse.microprofile.openapi.models.security.OAuthFlows;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.servers.ServerVariable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What every Netral service's OpenAPI document says the same way, so that a partner can build on the document alone:
 * every error is an RFC 9457 problem (its schema and the problem types Netral uses), every operation names the
 * statuses the service kit answers for all of them (400 on a broken request, 413 on a body over the limit, 503 with
 * Retry-After while a dependency is away), every list that pages declares its X-Total-Count header, the server is
 * the site's public host, every answer has an example (ContractExamples), and signing in is OAuth 2 against the
 * site's identity provider (client credentials for partner apps, authorization code for people). A site sets the host
 * and the provider with NETRAL_CONTRACT_PUBLIC_HOST and NETRAL_CONTRACT_IDENTITY_PROVIDER.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class ContractFilter implements OASFilter {
    static final String PROBLEM = "Problem";
    static final String OAUTH2 = "oauth2";
    /** The bearer-token scheme Quarkus declares for every secured operation. */
    private static final String BEARER = "SecurityScheme";
    private static final String API = "/api/";

    /** The problem types Netral answers with besides about:blank, and what each means to a client. */
    static final Map<String, String> PROBLEM_TYPES = Map.of(
            "https://netral.id/problems/invalid-request",
            "a field (named in errors) is missing, malformed or out of range; fix the request, nothing was stored",
            "https://netral.id/problems/rate-limited",
            "a rate limit is used up; send again after Retry-After seconds",
            "https://netral.id/problems/idempotency-key-reused",
            "the Idempotency-Key was used before with a different body; a retry must send the same body",
            "https://netral.id/problems/body-too-large",
            "the body is over 512 KB (only evidence uploads may be larger); nothing was read");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        // read as plain values: the filter runs before the application's configuration mappings are registered
        Config config = ConfigProvider.getConfig();
        String publicHost = config.getValue("netral.contract.public-host", String.class);
        String identityProvider = config.getValue("netral.contract.identity-provider", String.class);
        openAPI.servers(List.of(OASFactory.createServer().url("https://{host}")
                .description("The site's public address (the ingress); every path below starts at its root")
                .variables(Map.of("host", OASFactory.createServerVariable().defaultValue(publicHost)
                        .description("The host name the site's provincial IT publishes Netral under")))));
        if (openAPI.getComponents() == null) {
            openAPI.components(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(PROBLEM, problemSchema());
        openAPI.getComponents().addSecurityScheme(OAUTH2, oauth2(identityProvider));
        if (openAPI.getPaths() == null) {
            return;
        }
        ContractExamples examples = new ContractExamples(openAPI,
                config.getOptionalValue("quarkus.application.name", String.class).orElse("netral"));
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith(API)) {
                item.getOperations().values().forEach(operation -> {
                    complete(item, operation);
                    examples.complete(operation, parameters(item, operation));
                });
            }
        });
    }

    private static void complete(PathItem item, Operation operation) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses()
                : operation.getResponses();
        operation.responses(responses);
        boolean takesBody = operation.getRequestBody() != null;
        boolean takesParameters = !parameters(item, operation).isEmpty();
        if (takesBody || takesParameters) {
            addIfMissing(responses, "400", "The request is malformed or a value is out of range (problem type "
                    + "invalid-request, each field named in errors); nothing was stored");
        }
        if (takesBody) {
            addIfMissing(responses, "413", "The body is over 512 KB (only evidence uploads may be larger); "
                    + "nothing was read");
        }
        addIfMissing(responses, "503", "The service's database or another part it needs is away for a moment; "
                + "nothing was stored. Send the same request again after Retry-After seconds (with the same "
                + "Idempotency-Key where the operation takes one)");
        if (pages(item, operation)) {
            responses.getAPIResponses().forEach((status, response) -> {
                if (status.startsWith("2") && (response.getHeaders() == null
                        || !response.getHeaders().containsKey(PageParameters.TOTAL_COUNT))) {
                    response.addHeader(PageParameters.TOTAL_COUNT, totalCount());
                }
            });
        }
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                if (response.getContent() == null || response.getContent().getMediaTypes().isEmpty()) {
                    response.content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                            OASFactory.createMediaType().schema(OASFactory.createSchema()
                                    .ref("#/components/schemas/" + PROBLEM))));
                }
                if ((status.equals("429") || status.equals("503"))
                        && (response.getHeaders() == null || !response.getHeaders().containsKey("Retry-After"))) {
                    response.addHeader("Retry-After", retryAfter());
                }
            }
        });
        if (operation.getSecurity() != null && operation.getSecurity().stream()
                .anyMatch(requirement -> requirement.hasScheme(BEARER))) {
            List<SecurityRequirement> alternatives = new ArrayList<>(operation.getSecurity());
            if (alternatives.stream().noneMatch(requirement -> requirement.hasScheme(OAUTH2))) {
                alternatives.add(OASFactory.createSecurityRequirement().addScheme(OAUTH2));
            }
            operation.security(alternatives);
        }
    }

    private static List<Parameter> parameters(PathItem item, Operation operation) {
        List<Parameter> all = new ArrayList<>();
        if (item.getParameters() != null) {
            all.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            all.addAll(operation.getParameters());
        }
        return all;
    }

    /** A list that pages takes the kit's size parameter ({@link PageParameters}); its answer carries the total. */
    private static boolean pages(PathItem item, Operation operation) {
        return parameters(item, operation).stream().anyMatch(parameter ->
                "size".equals(parameter.getName()) && parameter.getIn() == Parameter.In.QUERY);
    }

    private static void addIfMissing(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    private static Header totalCount() {
        return OASFactory.createHeader().description("How many rows match the filters, on all pages")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int64").minimum(
                        java.math.BigDecimal.ZERO));
    }

    private static Header retryAfter() {
        return OASFactory.createHeader().description("Seconds to wait before sending the request again")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(
                        java.math.BigDecimal.ZERO));
    }

    private static Schema problemSchema() {
        StringBuilder types = new StringBuilder("A URI naming the kind of problem: `about:blank` when the status says "
                + "all (then title is the status's phrase), or one of Netral's:");
        PROBLEM_TYPES.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(type ->
                types.append("\n- `").append(type.getKey()).append("`: ").append(type.getValue()));
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("One thing wrong with the request")
                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("The JSON path of the request field, e.g. evidence[0].url, or the name of a "
                                + "query parameter; body when the body as a whole is wrong"))
                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("What is wrong with it, in English"))
                .required(List.of("field", "message"));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem detail, sent as application/problem+json with every 4xx and 5xx "
                        + "answer")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .format("uri").description(types.toString()))
                .addProperty("title", text.description("A short summary of the problem type"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                        .description("The HTTP status, repeated"))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("What happened to this request, for the developer"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(fieldError).description("For invalid-request: each field that is wrong, sorted by "
                                + "field"))
                .required(List.of("type", "title", "status"));
    }

    private static SecurityScheme oauth2(String identityProvider) {
        String base = identityProvider.endsWith("/") ? identityProvider.substring(0, identityProvider.length() - 1)
                : identityProvider;
        String tokenUrl = base + "/protocol/openid-connect/token";
        // no scopes: Netral reads roles, not scopes, from the token; the map must still be there, empty
        OAuthFlow clientCredentials = OASFactory.createOAuthFlow().tokenUrl(tokenUrl).scopes(Map.of());
        OAuthFlow authorizationCode = OASFactory.createOAuthFlow().tokenUrl(tokenUrl)
                .authorizationUrl(base + "/protocol/openid-connect/auth").scopes(Map.of());
        OAuthFlows flows = OASFactory.createOAuthFlows().clientCredentials(clientCredentials)
                .authorizationCode(authorizationCode);
        return OASFactory.createSecurityScheme().type(SecurityScheme.Type.OAUTH2).flows(flows)
                .description("The site's identity provider (a Keycloak realm). Partner apps use client credentials "
                        + "with the client id and secret provincial IT gives them; people sign in through the "
                        + "console (authorization code). Either way the access token goes in Authorization: Bearer. "
                        + "Netral reads its roles (partner-app, verifier, personnel-officer, ppk, opd-head, auditor, "
                        + "admin) from the token; no OAuth scopes are needed.");
    }
}

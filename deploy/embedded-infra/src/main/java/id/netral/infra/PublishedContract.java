package id.netral.infra;

import io.restassured.path.json.JsonPath;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import static io.restassured.RestAssured.given;

/**
 * The OpenAPI document a service serves, held against the file committed under {@code contracts/}: the contract
 * partners read, diff and generate their clients from must be what the service does. Run a service's tests with
 * {@code -Dnetral.contract.update=true} to write the file again after a deliberate change, and review the diff.
 */
public final class PublishedContract {
    public static final String UPDATE = "netral.contract.update";

    private PublishedContract() {
    }

    /** @param service the module's name, e.g. report-service, which names its file */
    public static void assertServedEqualsCommitted(String service) {
        Path committed = file(service);
        String served = given().queryParam("format", "yaml").when().get("/q/openapi").then().statusCode(200)
                .extract().asString();
        try {
            if (Boolean.getBoolean(UPDATE)) {
                Files.createDirectories(committed.getParent());
                Files.writeString(committed, served);
                return;
            }
            if (!Files.isRegularFile(committed)) {
                throw new AssertionError(committed + " is missing: run the tests with -D" + UPDATE + "=true");
            }
            String expected = Files.readString(committed);
            if (!expected.equals(served)) {
                throw new AssertionError("The OpenAPI document " + service + " serves differs from " + committed
                        + " (first difference at line " + firstDifferentLine(expected, served) + "). If the change is "
                        + "meant, run the tests with -D" + UPDATE + "=true and commit the file: it is the contract "
                        + "partner apps build on.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every operation of the API says what comes back when it works: a 2xx, and for every 2xx but 204 the content
     * with its schema. Without it a generated client has no type for the answer (SmallRye drops the inferred 200 as
     * soon as a method declares any response of its own).
     */
    public static void assertEverySuccessDescribed() {
        JsonPath document = served();
        List<String> undescribed = new ArrayList<>();
        forEachOperation(document, (operation, at) -> {
            Map<String, Map<String, Object>> responses = document.getMap(at + ".responses");
            List<String> successes = responses.keySet().stream().filter(code -> code.startsWith("2")).toList();
            if (successes.isEmpty()) {
                undescribed.add(operation + ": no 2xx");
            }
            for (String code : successes) {
                Map<String, Map<String, Object>> content = document.getMap(at + ".responses.'" + code + "'.content");
                if (!code.equals("204") && (content == null || content.isEmpty()
                        || content.values().stream().anyMatch(PublishedContract::withoutSchema))) {
                    undescribed.add(operation + ": " + code + " without a schema");
                }
            }
        });
        if (!undescribed.isEmpty()) {
            throw new AssertionError("Operations that do not say what they answer: " + undescribed);
        }
    }

    /**
     * Every answer of every operation shows an example: each success (but a 204, which has no body) and each error
     * (application/problem+json) carries example or examples in each of its media types. A file in its own format
     * (schema format binary: a spreadsheet, an evidence file) has no example a document can hold and is the one
     * exception; an operation must still have at least one success with an example unless all it answers is such a
     * file or nothing.
     */
    public static void assertEveryAnswerHasAnExample() {
        assertEveryAnswerHasAnExample(served());
    }

    /**
     * {@link #assertEveryAnswerHasAnExample()} on a document at hand. Besides being there, an example must say
     * something: no text in it, in an answer or in a body the operation takes, may be its field's own name
     * ({@code "actor": "actor"}) or the kit's nameless stand-in ({@value #NAMELESS_TEXT}), which is what the kit's
     * ContractExamples writes for a text field that has neither an example of its own nor a rule for what it means.
     */
    public static void assertEveryAnswerHasAnExample(JsonPath document) {
        List<String> without = new ArrayList<>();
        List<String> echoes = new ArrayList<>();
        forEachOperation(document, (operation, at) -> {
            contentOf(document.get(at + ".requestBody")).forEach((type, media) ->
                    echoes(operation + " body " + type, media, echoes));
            Map<String, Map<String, Object>> responses = document.getMap(at + ".responses");
            boolean successExample = false;
            boolean successWithoutText = false;
            for (String code : responses.keySet()) {
                Map<String, Map<String, Object>> content = document.getMap(at + ".responses.'" + code + "'.content");
                if (content == null || content.isEmpty()) {
                    successWithoutText |= code.startsWith("2");
                    continue;
                }
                for (Map.Entry<String, Map<String, Object>> media : content.entrySet()) {
                    Map<String, Object> value = media.getValue();
                    boolean binary = value.get("schema") instanceof Map<?, ?> schema
                            && "binary".equals(schema.get("format"));
                    boolean example = value.get("example") != null
                            || value.get("examples") instanceof Map<?, ?> examples && !examples.isEmpty();
                    if (code.startsWith("2")) {
                        successExample |= example;
                        successWithoutText |= binary;
                    }
                    if (!example && !binary) {
                        without.add(operation + " " + code + " " + media.getKey());
                    }
                    echoes(operation + " " + code + " " + media.getKey(), value, echoes);
                }
            }
            if (!successExample && !successWithoutText) {
                without.add(operation + ": no success with an example");
            }
        });
        if (!without.isEmpty()) {
            throw new AssertionError("Answers without an example: " + without);
        }
        if (!echoes.isEmpty()) {
            throw new AssertionError("Examples whose text is only the field's name: give each field an example a "
                    + "partner recognises (@Schema(examples = ...), or a rule in the kit's FieldExamples): " + echoes);
        }
    }

    /** What the kit's ContractExamples writes for a text field that has no name, no example and no rule. */
    static final String NAMELESS_TEXT = "teks";

    private static Map<?, ?> contentOf(Object holder) {
        return holder instanceof Map<?, ?> map && map.get("content") instanceof Map<?, ?> content ? content : Map.of();
    }

    /** Adds each text of the media type's example or examples that names its own field, with where it stands. */
    private static void echoes(String where, Object media, List<String> echoes) {
        if (!(media instanceof Map<?, ?> map)) {
            return;
        }
        echoes(where, null, map.get("example"), echoes);
        if (map.get("examples") instanceof Map<?, ?> named) {
            named.forEach((name, example) -> {
                if (example instanceof Map<?, ?> object) {
                    echoes(where + " (" + name + ")", null, object.get("value"), echoes);
                }
            });
        }
    }

    private static void echoes(String where, String field, Object value, List<String> echoes) {
        if (value instanceof Map<?, ?> object) {
            object.forEach((key, inner) -> echoes(where + "." + key, String.valueOf(key), inner, echoes));
        } else if (value instanceof List<?> items) {
            items.forEach(item -> echoes(where + "[]", field, item, echoes));
        } else if (value instanceof String text && (text.equals(field) || text.equals(NAMELESS_TEXT))) {
            echoes.add(where + " = \"" + text + "\"");
        }
    }

    /** The largest page a list answers, declared as the size parameter's maximum in every contract. */
    public static final int MAX_PAGE_SIZE = 200;
    private static final String PAGE_SCHEMA = "#/components/schemas/";

    /**
     * Every list of the API pages one way: a list that is not deprecated answers a page schema (items, page, size,
     * total, named after its rows) rather than a bare array, and every list that pages (the page shape, or a
     * deprecated array that takes page and size) takes page (from 0, default 0) and size (1 to 200, default 50) as
     * query parameters and declares the X-Total-Count header on its 200. A recap (RecapRow rows, one per group it
     * counts by) is a count, not a list, and is not paged. The document checked is the one served, which
     * {@link #assertServedEqualsCommitted} holds equal to the committed file.
     */
    public static void assertEveryListPagesOneWay() {
        JsonPath document = served();
        List<String> faults = new ArrayList<>();
        int lists = 0;
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        for (String path : paths.keySet()) {
            if (!path.startsWith("/api/") || document.getMap("paths.'" + path + "'.get") == null) {
                continue;
            }
            String at = "paths.'" + path + "'.get";
            String operation = "GET " + path;
            Map<String, Object> schema = document.getMap(at + ".responses.'200'.content.'application/json'.schema");
            boolean deprecated = Boolean.TRUE.equals(document.get(at + ".deprecated"));
            List<Map<String, Object>> parameters = document.getList(at + ".parameters");
            Map<String, Object> page = parameter(parameters, "page");
            Map<String, Object> size = parameter(parameters, "size");
            boolean array = schema != null && "array".equals(schema.get("type"));
            String pageSchema = pageSchema(document, schema);
            boolean recap = array && schema.get("items") instanceof Map<?, ?> items
                    && (PAGE_SCHEMA + "RecapRow").equals(items.get("$ref"));
            if (recap || (!array && pageSchema == null && page == null && size == null)) {
                continue;
            }
            lists++;
            if (array && !deprecated) {
                faults.add(operation + ": answers a bare array; answer a page schema, or mark it deprecated next to a "
                        + "successor that does");
            }
            if (pageSchema != null && !pageSchema.endsWith("Page")) {
                faults.add(operation + ": its page schema " + pageSchema + " is not named <Rows>Page");
            }
            if (pageSchema == null && !array) {
                faults.add(operation + ": takes page or size but answers no page schema");
                continue;
            }
            if (pageSchema == null && page == null && size == null) {
                continue; // a deprecated short list kept whole for old clients; its successor pages
            }
            check(operation, "page", page, 0, null, 0, faults);
            check(operation, "size", size, 1, MAX_PAGE_SIZE, 50, faults);
            if (document.getMap(at + ".responses.'200'.headers.'X-Total-Count'") == null) {
                faults.add(operation + ": its 200 does not declare the X-Total-Count header");
            }
        }
        if (lists == 0) {
            throw new AssertionError("The document has no list at all: the check found nothing to check");
        }
        if (!faults.isEmpty()) {
            throw new AssertionError("Lists that do not page the one way every Netral list pages: " + faults);
        }
    }

    /** The name of the page schema the answer refers to, or null when it is no page. */
    private static String pageSchema(JsonPath document, Map<String, Object> schema) {
        if (schema == null || !(schema.get("$ref") instanceof String ref) || !ref.startsWith(PAGE_SCHEMA)) {
            return null;
        }
        String name = ref.substring(PAGE_SCHEMA.length());
        return isPage(document.getMap("components.schemas.'" + name + "'")) ? name : null;
    }

    private static boolean isPage(Map<String, Object> schema) {
        return schema != null && schema.get("properties") instanceof Map<?, ?> properties
                && properties.keySet().containsAll(List.of("items", "page", "size", "total"));
    }

    private static Map<String, Object> parameter(List<Map<String, Object>> parameters, String name) {
        return parameters == null ? null : parameters.stream()
                .filter(parameter -> name.equals(parameter.get("name")) && "query".equals(parameter.get("in")))
                .findFirst().orElse(null);
    }

    private static void check(String operation, String name, Map<String, Object> parameter, int minimum,
                              Integer maximum, int fallback, List<String> faults) {
        if (parameter == null) {
            faults.add(operation + ": takes no " + name + " query parameter");
            return;
        }
        Map<?, ?> schema = parameter.get("schema") instanceof Map<?, ?> map ? map : Map.of();
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("type", "integer");
        expected.put("minimum", minimum);
        expected.put("default", fallback);
        if (maximum != null) {
            expected.put("maximum", maximum);
        }
        expected.forEach((key, value) -> {
            Object actual = schema.get(key);
            if (actual == null || !String.valueOf(actual).equals(String.valueOf(value))) {
                faults.add(operation + ": " + name + "'s " + key + " is " + actual + ", not " + value);
            }
        });
        if (maximum == null && schema.get("maximum") != null) {
            faults.add(operation + ": " + name + " has a maximum, " + schema.get("maximum"));
        }
    }

    // an empty schema ({}) says no more than none: a generated client types the answer as Object
    private static boolean withoutSchema(Map<String, Object> media) {
        return media == null || !(media.get("schema") instanceof Map<?, ?> schema) || schema.isEmpty();
    }

    private static JsonPath served() {
        return given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract()
                .jsonPath();
    }

    /** Calls the visitor with each operation of the API ("GET /api/v1/reports") and its JsonPath in the document. */
    private static void forEachOperation(JsonPath document, BiConsumer<String, String> visitor) {
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        paths.forEach((path, operations) -> {
            if (path.startsWith("/api/")) {
                operations.keySet().forEach(method ->
                        visitor.accept(method.toUpperCase() + " " + path, "paths.'" + path + "'." + method));
            }
        });
    }

    /** The committed contract of a service, from the service module's directory (the tests' working directory). */
    public static Path file(String service) {
        return Path.of("..", "contracts", service + ".openapi.yaml").toAbsolutePath().normalize();
    }

    private static int firstDifferentLine(String expected, String served) {
        String[] a = expected.split("\n", -1);
        String[] b = served.split("\n", -1);
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (!a[i].equals(b[i])) {
                return i + 1;
            }
        }
        return Math.min(a.length, b.length) + 1;
    }
}

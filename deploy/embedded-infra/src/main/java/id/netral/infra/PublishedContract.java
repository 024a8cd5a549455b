package id.netral.infra;

import io.restassured.path.json.JsonPath;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
        JsonPath document = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        List<String> undescribed = new ArrayList<>();
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        paths.forEach((path, operations) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            operations.keySet().forEach(method -> {
                String at = "paths.'" + path + "'." + method + ".responses";
                Map<String, Map<String, Object>> responses = document.getMap(at);
                List<String> successes = responses.keySet().stream().filter(code -> code.startsWith("2")).toList();
                if (successes.isEmpty()) {
                    undescribed.add(method.toUpperCase() + " " + path + ": no 2xx");
                }
                for (String code : successes) {
                    Map<String, Map<String, Object>> content = document.getMap(at + ".'" + code + "'.content");
                    if (!code.equals("204") && (content == null || content.isEmpty()
                            || content.values().stream().anyMatch(PublishedContract::withoutSchema))) {
                        undescribed.add(method.toUpperCase() + " " + path + ": " + code + " without a schema");
                    }
                }
            });
        });
        if (!undescribed.isEmpty()) {
            throw new AssertionError("Operations that do not say what they answer: " + undescribed);
        }
    }

    // an empty schema ({}) says no more than none: a generated client types the answer as Object
    private static boolean withoutSchema(Map<String, Object> media) {
        return media == null || !(media.get("schema") instanceof Map<?, ?> schema) || schema.isEmpty();
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

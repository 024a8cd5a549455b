package id.netral.console;

import io.restassured.response.Response;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Signs a sample person in the way a browser does: console → provider's login page → callback → session cookie. */
final class SignIn {
    private SignIn() {
    }

    /** @return the cookies of the signed-in session (and the CSRF cookie, once a form page was read) */
    static Map<String, String> as(String subject) {
        Response challenge = given().redirects().follow(false).get("/");
        assertThat(challenge.statusCode()).isEqualTo(302);
        String authorize = challenge.header("Location");
        assertThat(authorize).startsWith(DevSignInResource.provider().url() + "/authorize");
        Map<String, String> request = query(URI.create(authorize).getRawQuery());
        assertThat(request).containsKey("code_challenge").containsEntry("code_challenge_method", "S256");

        Map<String, String> form = new HashMap<>(request);
        form.put("person", subject);
        Response chosen = given().redirects().follow(false).formParams(form)
                .post(DevSignInResource.provider().url() + "/authorize");
        assertThat(chosen.statusCode()).isEqualTo(302);

        Response callback = given().urlEncodingEnabled(false).redirects().follow(false).cookies(challenge.cookies())
                .get(chosen.header("Location"));
        assertThat(callback.statusCode()).as("callback answer: %s", callback.asString()).isEqualTo(302);
        Map<String, String> cookies = new HashMap<>(callback.cookies());
        cookies.keySet().removeIf(name -> name.startsWith("q_auth"));
        assertThat(cookies.keySet()).anyMatch(name -> name.startsWith("q_session"));
        return cookies;
    }

    static Map<String, String> query(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            values.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return values;
    }
}

package id.netral.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import id.netral.infra.DevIdentityProvider;
import io.quarkus.oidc.runtime.OidcUtils;
import io.vertx.core.json.JsonObject;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * netral-realm.json imported into a real Keycloak server (the version Maven unpacked, see the module's pom), and the
 * tokens it issues checked against what Netral's services read: the signature and issuer quarkus-oidc checks, roles
 * where Quarkus finds them with the services' own settings, {@code opd} for OPD heads, {@code azp} naming the partner
 * app, and the same claims, of the same JSON types, as the development identity provider's tokens that every other
 * test of the project uses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealmOnKeycloakTest {
    private static final String CONSOLE_URL = "https://konsol.netral.test";
    private static final String CONSOLE_CALLBACK = CONSOLE_URL + "/masuk";

    private KeycloakServer server;
    private RealmClient realm;
    private final Set<String> netralRoles = NetralExpectations.roles();

    @BeforeAll
    void startKeycloak() {
        server = KeycloakServer.start(NetralExpectations.realmFile(), Map.of("NETRAL_CONSOLE_URL", CONSOLE_URL));
        realm = new RealmClient(server, "netral");
    }

    @AfterAll
    void stopKeycloak() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void the_issuer_is_the_realms_address_that_services_are_given() {
        assertThat(realm.issuer()).isEqualTo(realm.realmAddress().toString());
        assertThat(realm.issuer()).endsWith("/realms/netral");
    }

    @Test
    void each_partner_app_gets_a_client_credentials_token_the_services_take_as_partner_app() throws Exception {
        for (String partner : NetralExpectations.PARTNER_APPS) {
            Http.Response response = realm.clientCredentials(partner, realm.clientSecret(partner));
            assertThat(response.status()).as(partner + ": " + response.body()).isEqualTo(200);
            JsonNode body = response.json();
            assertThat(body.has("refresh_token")).as("a partner app asks again, it gets no refresh token").isFalse();

            JwtClaims claims = realm.verify(body.get("access_token").asText());
            assertThat(claims.getClaimValueAsString("azp")).isEqualTo(partner);
            assertThat(claims.getClaimValueAsString("preferred_username")).isEqualTo("service-account-" + partner);
            assertThat(claims.hasClaim(NetralExpectations.OPD_CLAIM)).isFalse();
            assertThat(claims.getAudience()).contains("netral-api");
            assertThat(claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue()).isEqualTo(300);
            assertRolesForEveryService(claims, Set.of("partner-app"));
            assertSameShape(claims, DevIdentityProvider.generate().partnerApp(partner));
        }
    }

    @Test
    void a_wrong_secret_or_a_grant_a_client_was_not_given_is_refused() {
        String partner = NetralExpectations.PARTNER_APPS.get(0);
        assertThat(realm.clientCredentials(partner, "not-the-secret").status()).isEqualTo(401);

        // partner apps have no user flows; the console has no service account and no password grant
        Http.Response partnerPassword = new Http().postForm(realm.tokenEndpoint(), Map.of("grant_type", "password",
                "username", "anyone", "password", "anything"), partner, realm.clientSecret(partner));
        assertThat(partnerPassword.status()).isIn(400, 401);
        assertThat(partnerPassword.json().get("error").asText()).isEqualTo("unauthorized_client");

        String consoleSecret = realm.clientSecret(NetralExpectations.CONSOLE);
        Http.Response consoleCredentials = realm.clientCredentials(NetralExpectations.CONSOLE, consoleSecret);
        assertThat(consoleCredentials.status()).isIn(400, 401);
        assertThat(consoleCredentials.json().get("error").asText()).isEqualTo("unauthorized_client");
        Http.Response consolePassword = new Http().postForm(realm.tokenEndpoint(), Map.of("grant_type", "password",
                "username", "anyone", "password", "anything"), NetralExpectations.CONSOLE, consoleSecret);
        assertThat(consolePassword.json().get("error").asText()).isEqualTo("unauthorized_client");
    }

    @Test
    void an_opd_head_signs_in_to_the_console_and_the_token_names_the_role_and_the_office() throws Exception {
        String password = "Kupang-" + Long.toHexString(System.nanoTime()) + "-rahasia";
        realm.createUser(person("kepala-disperkim", "DISPERKIM"), password, List.of("opd-head"));

        RealmClient.Pkce pkce = RealmClient.Pkce.create();
        RealmClient.SignIn signIn = realm.signIn(new Http(), NetralExpectations.CONSOLE, CONSOLE_CALLBACK, pkce,
                "kepala-disperkim", password);
        assertThat(signIn.code()).as("sign-in through the console: %s", signIn).isPresent();
        Optional<String> code = signIn.code();
        Http.Response tokens = realm.exchangeCode(NetralExpectations.CONSOLE,
                realm.clientSecret(NetralExpectations.CONSOLE), CONSOLE_CALLBACK, code.get(), pkce);
        assertThat(tokens.status()).as(tokens.body()).isEqualTo(200);

        JwtClaims claims = realm.verify(tokens.json().get("access_token").asText());
        assertThat(claims.getClaimValueAsString("azp")).isEqualTo(NetralExpectations.CONSOLE);
        assertThat(claims.getClaimValueAsString(NetralExpectations.OPD_CLAIM)).isEqualTo("DISPERKIM");
        assertThat(claims.getClaimValueAsString("preferred_username")).isEqualTo("kepala-disperkim");
        assertThat(claims.getAudience()).contains("netral-api");
        assertRolesForEveryService(claims, Set.of("opd-head"));
        assertSameShape(claims, DevIdentityProvider.generate().opdHead("DISPERKIM"));

        // the same code cannot be used twice, nor without the verifier
        assertThat(realm.exchangeCode(NetralExpectations.CONSOLE, realm.clientSecret(NetralExpectations.CONSOLE),
                CONSOLE_CALLBACK, code.get(), pkce).status()).isEqualTo(400);
    }

    @Test
    void a_person_in_several_roles_gets_them_all_and_no_opd_without_the_attribute() throws Exception {
        String password = "Kupang-" + Long.toHexString(System.nanoTime()) + "-rahasia";
        realm.createUser(person("pemeriksa-inspektorat", null), password, List.of("auditor", "personnel-officer"));
        RealmClient.Pkce pkce = RealmClient.Pkce.create();
        String code = signedIn(realm.signIn(new Http(), NetralExpectations.CONSOLE, CONSOLE_CALLBACK, pkce,
                "pemeriksa-inspektorat", password));
        JwtClaims claims = realm.verify(realm.exchangeCode(NetralExpectations.CONSOLE,
                realm.clientSecret(NetralExpectations.CONSOLE), CONSOLE_CALLBACK, code, pkce).json()
                .get("access_token").asText());
        assertRolesForEveryService(claims, Set.of("auditor", "personnel-officer"));
        assertThat(claims.hasClaim(NetralExpectations.OPD_CLAIM)).isFalse();
    }

    @Test
    void the_console_requires_pkce_and_its_own_redirect_address() {
        // without a PKCE challenge Keycloak sends the browser back with an error, and no code
        Http.Response noPkce = new Http().get(realm.authorizationRequest(NetralExpectations.CONSOLE, CONSOLE_CALLBACK,
                null));
        assertThat(noPkce.status()).isEqualTo(302);
        Map<String, String> answer = Http.query(URI.create(noPkce.header("Location")));
        assertThat(answer).containsEntry("error", "invalid_request").doesNotContainKey("code");

        // an address that is not the console's is refused outright (no redirect at all)
        Http.Response elsewhere = new Http().get(realm.authorizationRequest(NetralExpectations.CONSOLE,
                "https://attacker.example/masuk", RealmClient.Pkce.create()));
        assertThat(elsewhere.status()).isEqualTo(400);
        assertThat(elsewhere.header("Location")).isNull();

        // the placeholder was filled from the environment at import
        JsonNode console = realm.client(NetralExpectations.CONSOLE);
        assertThat(StreamSupport.stream(console.get("redirectUris").spliterator(), false).map(JsonNode::asText))
                .containsExactly(CONSOLE_CALLBACK);
    }

    @Test
    void only_an_administrator_sets_the_opd_attribute_and_only_to_an_office_code() {
        // a code not written as the OPD directory writes them is refused
        Http.Response lowerCase = realm.adminSend("POST", "/users", Map.of("username", "kepala-salah-kode",
                "email", "kepala-salah-kode@kupangkota.go.id", "firstName", "Kepala", "lastName", "Salah",
                "enabled", true, "attributes", Map.of("opd", List.of("disperkim"))));
        assertThat(lowerCase.status()).as(lowerCase.body()).isEqualTo(400);

        // the OPD head cannot change it through Keycloak's account console
        String password = "Kupang-" + Long.toHexString(System.nanoTime()) + "-rahasia";
        String id = realm.createUser(person("kepala-dinsos", "DINSOS"), password, List.of("opd-head"));
        String accountRedirect = realm.realmAddress() + "/account/";
        RealmClient.Pkce pkce = RealmClient.Pkce.create();
        String code = signedIn(realm.signIn(new Http(), "account-console", accountRedirect, pkce, "kepala-dinsos",
                password));
        String accountToken = realm.exchangeCode("account-console", null, accountRedirect, code, pkce).json()
                .get("access_token").asText();
        URI account = URI.create(realm.realmAddress() + "/account/");
        JsonNode own = new Http().get(account, accountToken).json();
        assertThat(own.path("attributes").path("opd").path(0).asText()).as(own.toString()).isEqualTo("DINSOS");
        Map<String, Object> changed = Http.JSON.convertValue(own, Map.class);
        changed.put("attributes", Map.of("opd", List.of("DISPERKIM")));
        Http.Response update = new Http().sendJson("POST", account, changed, accountToken);
        assertThat(update.status()).as(update.body()).isEqualTo(400);
        assertThat(realm.adminGet("/users/" + id).json().get("attributes").get("opd").get(0).asText())
                .isEqualTo("DINSOS");
    }

    @Test
    void repeated_wrong_passwords_lock_the_account_for_a_while() {
        String password = "Kupang-" + Long.toHexString(System.nanoTime()) + "-rahasia";
        String id = realm.createUser(person("verifikator-bawaslu", null), password, List.of("verifier"));
        Http browser = new Http();
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(realm.signIn(browser, NetralExpectations.CONSOLE, CONSOLE_CALLBACK, RealmClient.Pkce.create(),
                    "verifikator-bawaslu", "salah-" + attempt).code()).isEmpty();
        }
        RealmClient.SignIn locked = realm.signIn(browser, NetralExpectations.CONSOLE, CONSOLE_CALLBACK,
                RealmClient.Pkce.create(), "verifikator-bawaslu", password);
        assertThat(locked.code()).as("the right password while locked: %s", locked).isEmpty();
        JsonNode status = realm.adminGet("/attack-detection/brute-force/users/" + id).json();
        assertThat(status.get("disabled").asBoolean()).isTrue();
    }

    private static String signedIn(RealmClient.SignIn signIn) {
        return signIn.code().orElseThrow(() -> new AssertionError("sign-in failed: " + signIn));
    }

    private static Map<String, Object> person(String username, String opd) {
        Map<String, Object> person = new java.util.LinkedHashMap<>(Map.of("username", username,
                "email", username + "@kupangkota.go.id", "firstName", "Nama", "lastName", username));
        if (opd != null) {
            person.put("attributes", Map.of("opd", List.of(opd)));
        }
        return person;
    }

    /** Quarkus's own role mapping, with each service's settings, finds exactly these of Netral's roles. */
    private void assertRolesForEveryService(JwtClaims claims, Set<String> expected) {
        JsonObject json = new JsonObject(claims.toJson());
        for (String service : NetralExpectations.SERVICES) {
            Map<String, String> settings = NetralExpectations.oidcSettings(service);
            Set<String> found = new HashSet<>(OidcUtils.findRoles(settings.get("quarkus.oidc.client-id"),
                    NetralExpectations.rolesConfig(settings), json));
            found.retainAll(netralRoles);
            assertThat(found).as(service + " reads the roles of " + claims.toJson()).isEqualTo(expected);
        }
    }

    /** Every claim the development identity provider puts in a token of this kind is there, as the same JSON type. */
    private static void assertSameShape(JwtClaims claims, String developmentToken) throws MalformedClaimException {
        JsonNode keycloak = readJson(claims.toJson());
        JsonNode development = readJson(new String(Base64.getUrlDecoder().decode(developmentToken.split("\\.")[1]),
                java.nio.charset.StandardCharsets.UTF_8));
        development.fieldNames().forEachRemaining(name -> {
            assertThat(keycloak.has(name)).as("claim " + name + " in " + keycloak).isTrue();
            assertThat(keycloak.get(name).getNodeType()).as("type of claim " + name)
                    .isEqualTo(development.get(name).getNodeType());
        });
        for (String sameValue : List.of("azp", NetralExpectations.OPD_CLAIM)) {
            if (development.has(sameValue)) {
                assertThat(keycloak.get(sameValue)).isEqualTo(development.get(sameValue));
            }
        }
        assertThat(claims.getClaimValueAsString("preferred_username"))
                .as("Quarkus names the caller by preferred_username before sub: the development token's sub")
                .isEqualTo(development.get("sub").asText());
    }

    private static JsonNode readJson(String json) {
        try {
            return Http.JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

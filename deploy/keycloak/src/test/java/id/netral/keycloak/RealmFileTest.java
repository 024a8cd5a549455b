package id.netral.keycloak;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ClientScopeRepresentation;
import org.keycloak.representations.idm.ComponentExportRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * netral-realm.json read into Keycloak's own representation classes (the release the server test runs), with unknown
 * fields refused: the rules of the file itself, which hold before any server sees it.
 */
class RealmFileTest {
    private static final ObjectMapper STRICT = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private final RealmRepresentation realm = read();

    private static RealmRepresentation read() {
        try {
            return STRICT.readValue(NetralExpectations.realmFile().toFile(), RealmRepresentation.class);
        } catch (IOException e) {
            throw new AssertionError("netral-realm.json is not a realm Keycloak reads: " + e.getMessage(), e);
        }
    }

    @Test
    void the_realm_roles_are_exactly_netrals_roles() {
        assertThat(realm.getRealm()).isEqualTo("netral");
        // and the default role every person gets, which carries no Netral role: only their own Keycloak account
        assertThat(realm.getRoles().getRealm()).extracting(RoleRepresentation::getName)
                .containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.concat(NetralExpectations.roles().stream(),
                        java.util.stream.Stream.of(realm.getDefaultRole().getName())).toList());
        RoleRepresentation defaultRole = realm.getRoles().getRealm().stream()
                .filter(role -> role.getName().equals(realm.getDefaultRole().getName())).findFirst().orElseThrow();
        assertThat(defaultRole.getComposites().getRealm()).isNullOrEmpty();
        assertThat(realm.getRoles().getRealm()).allSatisfy(role -> assertThat(role.getDescription()).isNotBlank());
    }

    @Test
    void the_netral_scope_puts_roles_where_the_services_read_them_and_the_opd_where_caller_reads_it() {
        ClientScopeRepresentation netral = scope("netral");
        ProtocolMapperRepresentation roles = mapper(netral, "oidc-usermodel-realm-role-mapper");
        for (String service : NetralExpectations.SERVICES) {
            String path = NetralExpectations.oidcSettings(service).getOrDefault("quarkus.oidc.roles.role-claim-path",
                    "groups");
            assertThat(roles.getConfig()).as(service).containsEntry("claim.name", path);
        }
        assertThat(roles.getConfig()).containsEntry("multivalued", "true").containsEntry("access.token.claim", "true");

        ProtocolMapperRepresentation opd = mapper(netral, "oidc-usermodel-attribute-mapper");
        assertThat(opd.getConfig()).containsEntry("user.attribute", "opd")
                .containsEntry("claim.name", NetralExpectations.opdClaimInKit())
                .containsEntry("multivalued", "false").containsEntry("access.token.claim", "true");

        assertThat(mapper(netral, "oidc-audience-mapper").getConfig())
                .containsEntry("included.custom.audience", "netral-api");
        // roles reach tokens only through this scope's mappings: no client carries every realm role by default
        assertThat(realm.getScopeMappings()).singleElement().satisfies(mapping -> {
            assertThat(mapping.getClientScope()).isEqualTo("netral");
            assertThat(mapping.getRoles()).containsExactlyInAnyOrderElementsOf(NetralExpectations.roles());
        });
        assertThat(realm.getDefaultDefaultClientScopes()).contains("basic", "profile", "netral");
        for (String netralClient : netralClients()) {
            assertThat(client(netralClient).getDefaultClientScopes()).as(netralClient)
                    .contains("basic", "profile", "netral");
        }
        assertThat(realm.getClients()).allSatisfy(client -> assertThat(client.isFullScopeAllowed())
                .as(client.getClientId()).isFalse());
    }

    @Test
    void partner_apps_are_confidential_clients_with_a_service_account_in_the_partner_app_role_only() {
        for (String partner : NetralExpectations.PARTNER_APPS) {
            ClientRepresentation client = client(partner);
            assertThat(client.isPublicClient()).isFalse();
            assertThat(client.getClientAuthenticatorType()).isEqualTo("client-secret");
            assertThat(client.isServiceAccountsEnabled()).isTrue();
            assertThat(client.isStandardFlowEnabled()).isFalse();
            assertThat(client.isImplicitFlowEnabled()).isFalse();
            assertThat(client.isDirectAccessGrantsEnabled()).isFalse();
            UserRepresentation account = realm.getUsers().stream()
                    .filter(user -> partner.equals(user.getServiceAccountClientId())).findFirst().orElseThrow();
            assertThat(account.getUsername()).isEqualTo("service-account-" + partner);
            assertThat(account.getRealmRoles()).containsExactly("partner-app");
        }
    }

    @Test
    void the_console_signs_people_in_with_the_code_flow_and_pkce_at_an_address_the_site_sets() {
        ClientRepresentation console = client(NetralExpectations.CONSOLE);
        assertThat(console.isPublicClient()).isFalse();
        assertThat(console.isStandardFlowEnabled()).isTrue();
        assertThat(console.isImplicitFlowEnabled()).isFalse();
        assertThat(console.isDirectAccessGrantsEnabled()).isFalse();
        assertThat(console.isServiceAccountsEnabled()).isFalse();
        assertThat(console.getAttributes()).containsEntry("pkce.code.challenge.method", "S256");
        assertThat(console.getRedirectUris()).containsExactly("${NETRAL_CONSOLE_URL}/masuk");
        assertThat(console.getAttributes().get("post.logout.redirect.uris")).startsWith("${NETRAL_CONSOLE_URL}");
    }

    @Test
    void no_secret_no_password_and_no_person_is_in_the_file() throws IOException {
        assertThat(realm.getClients()).allSatisfy(client -> assertThat(client.getSecret()).isNull());
        assertThat(realm.getUsers()).allSatisfy(user -> {
            assertThat(user.getServiceAccountClientId()).as(user.getUsername()).isNotNull();
            assertThat(user.getCredentials()).isNullOrEmpty();
        });
        String text = Files.readString(NetralExpectations.realmFile());
        assertThat(text).doesNotContainIgnoringCase("\"secret\"").doesNotContainIgnoringCase("\"password\"");
    }

    @Test
    void sign_in_is_guarded_and_tokens_are_short_lived() {
        assertThat(realm.isBruteForceProtected()).isTrue();
        assertThat(realm.isPermanentLockout()).isFalse();
        assertThat(realm.getFailureFactor()).isBetween(3, 10);
        assertThat(realm.getSslRequired()).isIn("external", "all");
        assertThat(realm.isRegistrationAllowed()).isFalse();
        assertThat(realm.getPasswordPolicy()).contains("length(12)");
        assertThat(realm.getAccessTokenLifespan()).isLessThanOrEqualTo(300);
        assertThat(realm.getSsoSessionIdleTimeout()).isLessThanOrEqualTo(30 * 60);
        assertThat(realm.getSsoSessionMaxLifespan()).isLessThanOrEqualTo(12 * 60 * 60);
        assertThat(realm.isEventsEnabled()).isTrue();
        assertThat(realm.isAdminEventsEnabled()).isTrue();
    }

    @Test
    void only_an_administrator_may_set_the_opd_attribute_and_only_to_a_code_the_directory_accepts() throws IOException {
        List<ComponentExportRepresentation> profiles = realm.getComponents()
                .get("org.keycloak.userprofile.UserProfileProvider");
        JsonNode profile = STRICT.readTree(profiles.get(0).getConfig().getFirst("kc.user.profile.config"));
        JsonNode opd = null;
        for (JsonNode attribute : profile.get("attributes")) {
            if (attribute.get("name").asText().equals("opd")) {
                opd = attribute;
            }
        }
        assertThat(opd).as("the user profile declares opd (Keycloak drops undeclared attributes)").isNotNull();
        assertThat(opd.get("permissions").get("edit")).containsExactly(STRICT.valueToTree("admin"));
        // the same rule as the OPD directory's own codes (notification-service, OpdRequest)
        String directory = Files.readString(NetralExpectations.root().resolve(
                "notification-service/src/main/java/id/netral/notification/directory/OpdRequest.java"));
        Matcher code = Pattern.compile(
                "@Pattern\\(regexp = \"([^\"]+)\"\\)(?:\\s*@\\w+\\([^)]*\\))*\\s*String code").matcher(directory);
        assertThat(code.find()).as("OpdRequest still declares the code's pattern").isTrue();
        assertThat(opd.get("validations").get("pattern").get("pattern").asText())
                .isEqualTo("^" + code.group(1) + "$");
    }

    private static List<String> netralClients() {
        List<String> clients = new java.util.ArrayList<>(NetralExpectations.PARTNER_APPS);
        clients.add(NetralExpectations.CONSOLE);
        return clients;
    }

    private ClientScopeRepresentation scope(String name) {
        return realm.getClientScopes().stream().filter(scope -> scope.getName().equals(name)).findFirst().orElseThrow();
    }

    private ClientRepresentation client(String clientId) {
        return realm.getClients().stream().filter(client -> client.getClientId().equals(clientId)).findFirst()
                .orElseThrow(() -> new AssertionError("no client " + clientId));
    }

    private static ProtocolMapperRepresentation mapper(ClientScopeRepresentation scope, String type) {
        List<ProtocolMapperRepresentation> found = scope.getProtocolMappers().stream()
                .filter(mapper -> mapper.getProtocolMapper().equals(type)).toList();
        assertThat(found).as(type + " in scope " + scope.getName()).hasSize(1);
        return found.get(0);
    }
}

package id.netral.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each service migrates as its database's owner and runs as a second login role that owns nothing, so that it cannot
 * switch off the audit log's protection (README.md, "Database roles"): the cluster creates both roles, the Deployment
 * gives Flyway the owner and the datasource the runtime role, and names the runtime role to the kit's migrations.
 */
class DatabaseRolesTest {
    static final List<String> SERVICES = Manifests.SERVICES;

    /** Attributes a role that must not own or administer anything may not have. */
    private static final List<String> POWERS = List.of("superuser", "createdb", "createrole", "replication",
            "bypassrls");

    @ParameterizedTest
    @FieldSource("SERVICES")
    void theServiceRunsAsALoginRoleOfItsClusterThatIsNotTheOwner(String service) {
        Container container = Manifests.container(service);
        JsonNode spec = cluster(container).path("spec");
        String owner = spec.path("bootstrap").path("initdb").path("owner").asText();
        SecretKeySelector username = secretKey(container, "QUARKUS_DATASOURCE_USERNAME");
        SecretKeySelector password = secretKey(container, "QUARKUS_DATASOURCE_PASSWORD");
        assertThat(username.getKey()).isEqualTo("username");
        assertThat(password.getKey()).isEqualTo("password");
        assertThat(password.getName()).isEqualTo(username.getName());

        List<JsonNode> roles = new ArrayList<>();
        spec.path("managed").path("roles").forEach(role -> {
            if (role.path("passwordSecret").path("name").asText().equals(username.getName())) {
                roles.add(role);
            }
        });
        assertThat(roles).as(service + "'s datasource secret " + username.getName() + " is the login of one role "
                + "that its cluster manages (spec.managed.roles)").hasSize(1);
        JsonNode runtime = roles.get(0);
        String role = runtime.path("name").asText();
        assertThat(role).as("the runtime role").isNotEmpty().isNotEqualTo(owner).isNotEqualTo("postgres");
        assertThat(runtime.path("login").asBoolean()).as(role + " logs in").isTrue();
        assertThat(runtime.path("ensure").asText("present")).isEqualTo("present");
        for (String power : POWERS) {
            assertThat(runtime.path(power).asBoolean(false)).as(role + " " + power).isFalse();
        }
        assertThat(runtime.path("inRoles").isMissingNode() || runtime.path("inRoles").isEmpty())
                .as(role + " is a member of no role (a member of the owner could drop the audit log's trigger)")
                .isTrue();

        assertThat(ConfigurationSuppliedTest.literalsOfTheSecretTheAdminCreates(username.getName()))
                .as("README.md's command creating " + username.getName())
                .containsEntry("username", role);
        assertThat(ConfigurationSuppliedTest.secretsTheAdminCreates().get(username.getName())).contains("password");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void flywayMigratesAsTheOwner(String service) {
        Container container = Manifests.container(service);
        JsonNode initdb = cluster(container).path("spec").path("bootstrap").path("initdb");
        String ownerSecret = initdb.path("secret").path("name").asText();
        assertThat(ownerSecret).as("the owner's login is a secret of the admin's (bootstrap.initdb.secret), so "
                + "that CloudNativePG does not write its own <cluster>-app for the owner").isNotEmpty();

        SecretKeySelector username = secretKey(container, "QUARKUS_FLYWAY_USERNAME");
        SecretKeySelector password = secretKey(container, "QUARKUS_FLYWAY_PASSWORD");
        assertThat(username.getName()).isEqualTo(ownerSecret);
        assertThat(username.getKey()).isEqualTo("username");
        assertThat(password.getName()).isEqualTo(ownerSecret);
        assertThat(password.getKey()).isEqualTo("password");
        assertThat(secretKey(container, "QUARKUS_DATASOURCE_USERNAME").getName()).as("the service's own login")
                .isNotEqualTo(ownerSecret);
        assertThat(ConfigurationSuppliedTest.literalsOfTheSecretTheAdminCreates(ownerSecret))
                .as("README.md's command creating " + ownerSecret)
                .containsEntry("username", initdb.path("owner").asText());
        assertThat(ConfigurationSuppliedTest.secretsTheAdminCreates().get(ownerSecret)).contains("password");
    }

    /** Without the placeholder the kit's migrations grant nothing to the runtime role, and the service cannot work. */
    @ParameterizedTest
    @FieldSource("SERVICES")
    void theKitsMigrationsAreToldTheRuntimeRole(String service) {
        Container container = Manifests.container(service);
        SecretKeySelector placeholder = secretKey(container, "QUARKUS_FLYWAY_PLACEHOLDERS_NETRAL_RUNTIME_ROLE");
        SecretKeySelector datasource = secretKey(container, "QUARKUS_DATASOURCE_USERNAME");
        assertThat(placeholder.getName()).as("the runtime role's name comes from the datasource's own secret")
                .isEqualTo(datasource.getName());
        assertThat(placeholder.getKey()).isEqualTo("username");

        Properties properties = Manifests.serviceProperties(service);
        // the environment variable overrides a property only where some source names it
        assertThat(properties).containsKey("quarkus.flyway.placeholders.netral_runtime_role");
        assertThat(properties.getProperty("quarkus.flyway.locations")).as("the kit's grants are migrated")
                .contains("db/kit");
    }

    private static JsonNode cluster(Container container) {
        String url = ServiceDeploymentTest.env(container, "QUARKUS_DATASOURCE_JDBC_URL").orElseThrow().getValue();
        String name = url.replaceAll("jdbc:postgresql://([a-z0-9-]+)-rw:5432/.*", "$1");
        return Manifests.find("Cluster", name).orElseThrow(() -> new AssertionError("no Cluster " + name)).tree();
    }

    private static SecretKeySelector secretKey(Container container, String variable) {
        EnvVar env = ServiceDeploymentTest.env(container, variable)
                .orElseThrow(() -> new AssertionError(container.getName() + " has no " + variable));
        assertThat(env.getValueFrom()).as(variable + " comes from a secret").isNotNull();
        assertThat(env.getValueFrom().getSecretKeyRef()).as(variable + " comes from a secret").isNotNull();
        return env.getValueFrom().getSecretKeyRef();
    }
}

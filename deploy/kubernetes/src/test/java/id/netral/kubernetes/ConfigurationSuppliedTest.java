package id.netral.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every ConfigMap and Secret a pod needs exists or is created by someone README.md names, and every setting that
 * production must be given reaches the service's environment.
 */
class ConfigurationSuppliedTest {
    static final List<String> APPLICATIONS = Manifests.APPLICATIONS;

    /** Settings whose built-in value is for a developer's machine (or absent), per service. */
    private static final List<String> EVERY_SERVICE_NEEDS = List.of("quarkus.datasource.jdbc.url",
            "quarkus.datasource.username", "quarkus.datasource.password", "quarkus.flyway.username",
            "quarkus.flyway.password", "quarkus.flyway.placeholders.netral_runtime_role", "kafka.bootstrap.servers",
            "quarkus.oidc.auth-server-url", "quarkus.http.proxy.trusted-proxies");
    private static final Map<String, List<String>> SERVICE_NEEDS = Map.of(
            "report-service", List.of("netral.reporter-encryption.keys", "netral.reporter-encryption.active-key"),
            "sanction-service", List.of(),
            "notification-service", List.of("netral.notification.ack-link.secret",
                    "netral.notification.ack-link.base-url", "netral.notification.ack-link.console-url",
                    "netral.notification.mail.message-id-domain",
                    "quarkus.mailer.host", "quarkus.mailer.port", "quarkus.mailer.from"));
    /** Set only for dev and test, and rightly empty in production (or optional there, with the fallback named). */
    private static final Set<String> EMPTY_IN_PRODUCTION = Set.of(
            // who signs the letters for BKPPD is not known from a source: until a site sets the name and NIP (site
            // config, NETRAL_NOTIFICATION_LETTER_SIGNER_NAME and _NIP), the letters print that the name is not yet
            // recorded; the tests sign with a made-up name so that the signature block is checked in full
            "netral.notification.letter.signer-name", "netral.notification.letter.signer-nip",
            // no webhook into the city's network unless the site allows a host
            "netral.notification.webhook.allowed-internal-hosts",
            // the port a @QuarkusTest listens on (0: a free one); it means nothing outside the tests
            "quarkus.http.test-port");
    /** The console's: its identity provider and its client secret (which also encrypts its cookies). */
    private static final List<String> CONSOLE_NEEDS = List.of("quarkus.oidc.auth-server-url",
            "quarkus.oidc.credentials.secret");

    private static List<String> needs(String application) {
        if (application.equals(Manifests.CONSOLE)) {
            return CONSOLE_NEEDS;
        }
        List<String> needed = new java.util.ArrayList<>(EVERY_SERVICE_NEEDS);
        needed.addAll(SERVICE_NEEDS.get(application));
        return needed;
    }

    private static final Pattern CREATE_SECRET = Pattern.compile(
            "kubectl -n netral create secret (generic|tls) ([a-z0-9-]+)((?:[^\\n]*\\\\\\n)*[^\\n]*)");
    private static final Pattern SECRET_KEY = Pattern.compile("--from-(?:literal|file)=([A-Za-z0-9_.-]+)=");

    private static final Pattern SECRET_LITERAL = Pattern.compile("--from-literal=([A-Za-z0-9_.-]+)=([A-Za-z0-9_]+)\\s");

    /** name → keys of each secret README.md tells the admin to create */
    static Map<String, Set<String>> secretsTheAdminCreates() {
        Map<String, Set<String>> secrets = new HashMap<>();
        Matcher command = CREATE_SECRET.matcher(Manifests.readme());
        while (command.find()) {
            Set<String> keys = secrets.computeIfAbsent(command.group(2), k -> new HashSet<>());
            if (command.group(1).equals("tls")) {
                keys.addAll(Set.of("tls.crt", "tls.key"));
            }
            Matcher key = SECRET_KEY.matcher(command.group(3));
            while (key.find()) {
                keys.add(key.group(1));
            }
        }
        return secrets;
    }

    /** key → plain value (a word, not a command's output) of the secret README.md tells the admin to create */
    static Map<String, String> literalsOfTheSecretTheAdminCreates(String secret) {
        Map<String, String> literals = new HashMap<>();
        Matcher command = CREATE_SECRET.matcher(Manifests.readme());
        while (command.find()) {
            if (command.group(2).equals(secret)) {
                Matcher literal = SECRET_LITERAL.matcher(command.group(3) + " ");
                while (literal.find()) {
                    literals.put(literal.group(1), literal.group(2));
                }
            }
        }
        return literals;
    }

    /**
     * The secrets an operator writes: CloudNativePG's `<cluster>-app` (only for a cluster whose owner's login is not
     * a secret of the admin's) and the Strimzi User Operator's one per KafkaUser, each named in README.md.
     */
    static Set<String> secretsOperatorsCreate() {
        Set<String> secrets = new HashSet<>();
        Manifests.ofKind("Cluster").stream()
                .filter(c -> c.tree().path("spec").path("bootstrap").path("initdb").path("secret").isMissingNode())
                .forEach(c -> secrets.add(c.name() + "-app"));
        Manifests.ofKind("KafkaUser").forEach(user -> secrets.add(user.name()));
        return secrets;
    }

    @Test
    void everyReferencedSecretAndConfigMapHasAnOrigin() {
        Map<String, Set<String>> adminSecrets = secretsTheAdminCreates();
        Set<String> operatorSecrets = secretsOperatorsCreate();
        Set<String> secrets = new HashSet<>();
        Set<String> configMaps = new HashSet<>();
        for (String service : APPLICATIONS) {
            PodSpec pod = Manifests.deployment(service).getSpec().getTemplate().getSpec();
            for (Container c : pod.getContainers()) {
                for (EnvFromSource from : c.getEnvFrom()) {
                    if (from.getSecretRef() != null) secrets.add(from.getSecretRef().getName());
                    if (from.getConfigMapRef() != null) configMaps.add(from.getConfigMapRef().getName());
                }
                for (EnvVar env : c.getEnv()) {
                    if (env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null) {
                        secrets.add(env.getValueFrom().getSecretKeyRef().getName());
                    }
                    if (env.getValueFrom() != null && env.getValueFrom().getConfigMapKeyRef() != null) {
                        configMaps.add(env.getValueFrom().getConfigMapKeyRef().getName());
                    }
                }
            }
            pod.getVolumes().forEach(v -> {
                if (v.getSecret() != null) secrets.add(v.getSecret().getSecretName());
                if (v.getConfigMap() != null) configMaps.add(v.getConfigMap().getName());
            });
        }
        // the logins the database clusters give their roles
        for (Manifests.Doc cluster : Manifests.ofKind("Cluster")) {
            JsonNode spec = cluster.tree().path("spec");
            JsonNode ownerSecret = spec.path("bootstrap").path("initdb").path("secret").path("name");
            if (!ownerSecret.isMissingNode()) {
                secrets.add(ownerSecret.asText());
            }
            spec.path("managed").path("roles").forEach(role -> {
                if (!role.path("passwordSecret").isMissingNode()) {
                    secrets.add(role.path("passwordSecret").path("name").asText());
                }
            });
        }
        for (Ingress ingress : Manifests.typed("Ingress", Ingress.class)) {
            ingress.getSpec().getTls().stream().map(IngressTLS::getSecretName).forEach(secrets::add);
        }
        for (Manifests.Doc gateway : Manifests.ofKind("Gateway")) {
            gateway.tree().path("spec").path("listeners").forEach(listener -> listener.path("tls")
                    .path("certificateRefs").forEach(ref -> secrets.add(ref.path("name").asText())));
        }
        for (String name : configMaps) {
            assertThat(Manifests.find("ConfigMap", name)).as("ConfigMap " + name).isPresent();
        }
        String readme = Manifests.readme();
        for (String name : secrets) {
            boolean defined = Manifests.find("Secret", name).isPresent() || adminSecrets.containsKey(name);
            boolean byOperator = operatorSecrets.contains(name) && readme.contains("`" + name + "`");
            assertThat(defined || byOperator).as("Secret " + name + " is neither defined, nor created by a "
                    + "`kubectl -n netral create secret` command of README.md, nor an operator's secret README.md "
                    + "names")
                    .isTrue();
        }
        assertThat(Manifests.ofKind("Secret")).as("no secret values in the repository").isEmpty();
    }

    /** A key that only dev and test set has no production value: it must be in the lists above. */
    @ParameterizedTest
    @FieldSource("APPLICATIONS")
    void everySettingWithoutAProductionValueIsKnownHere(String service) {
        Properties properties = Manifests.serviceProperties(service);
        Set<String> needed = new HashSet<>(needs(service));
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("%dev.") || key.startsWith("%test.")) {
                String plain = key.substring(key.indexOf('.') + 1);
                if (!properties.containsKey(plain)) {
                    assertThat(needed.contains(plain) || EMPTY_IN_PRODUCTION.contains(plain))
                            .as(service + ": " + plain + " has a dev/test value only; production must supply it")
                            .isTrue();
                }
            }
        }
    }

    @ParameterizedTest
    @FieldSource("APPLICATIONS")
    void everySettingProductionNeedsReachesTheEnvironment(String service) {
        Set<String> environment = environment(service);
        List<String> needed = needs(service);
        for (String property : needed) {
            assertThat(environment).as(service + " gets " + property).contains(Manifests.envName(property));
        }
    }

    @Test
    void acknowledgementLinksPointAtThePublicHost() {
        String baseUrl = Manifests.find("ConfigMap", "notification-service-site").orElseThrow().as(ConfigMap.class)
                .getData().get("NETRAL_NOTIFICATION_ACK_LINK_BASE_URL");
        Ingress ingress = Manifests.typed("Ingress", Ingress.class).get(0);
        assertThat(baseUrl).isEqualTo("https://" + ingress.getSpec().getRules().get(0).getHost());
        // the e-mail's link opens the console's page, which ingress.yaml serves at / of the same host
        assertThat(Manifests.find("ConfigMap", "notification-service-site").orElseThrow().as(ConfigMap.class)
                .getData().get("NETRAL_NOTIFICATION_ACK_LINK_CONSOLE_URL")).isEqualTo(baseUrl);
    }

    /** The variable names a service's container gets: its env, its ConfigMaps' keys, its secrets' keys. */
    static Set<String> environment(String service) {
        Map<String, Set<String>> adminSecrets = secretsTheAdminCreates();
        Container container = Manifests.container(service);
        Set<String> names = new HashSet<>();
        container.getEnv().forEach(e -> names.add(e.getName()));
        for (EnvFromSource from : container.getEnvFrom()) {
            if (from.getConfigMapRef() != null) {
                Manifests.find("ConfigMap", from.getConfigMapRef().getName())
                        .ifPresent(m -> names.addAll(m.as(ConfigMap.class).getData().keySet()));
            }
            if (from.getSecretRef() != null) {
                names.addAll(adminSecrets.getOrDefault(from.getSecretRef().getName(), Set.of()));
            }
        }
        return names;
    }
}

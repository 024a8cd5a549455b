package id.netral.keycloak;

import io.quarkus.oidc.runtime.OidcTenantConfig;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Netral's services expect of a bearer token, read from the code and configuration that decide it (not restated
 * here): the role names of service-kit's {@code Roles}, and the {@code quarkus.oidc.*} settings of the kit's defaults
 * overlaid by each service's application.properties.
 */
final class NetralExpectations {
    static final List<String> SERVICES = List.of("report-service", "sanction-service", "notification-service");
    /** The claim the kit's {@code Caller} reads an OPD head's office from ({@code Caller.OPD_CLAIM}). */
    static final String OPD_CLAIM = "opd";
    /** The partner apps the project names (tests, local run): the realm has a client for each. */
    static final List<String> PARTNER_APPS = List.of("bawaslu-intake", "lapor-bridge");
    /** The console's client id, the {@code azp} of people's tokens in the development identity provider. */
    static final String CONSOLE = "netral-console";

    private NetralExpectations() {
    }

    static Path root() {
        return Path.of(System.getProperty("netral.root", "../..")).toAbsolutePath().normalize();
    }

    static Path realmFile() {
        return root().resolve("deploy/keycloak/netral-realm.json");
    }

    /** Every role name service-kit's {@code Roles} declares, read from its source so the realm cannot drift. */
    static Set<String> roles() {
        String source = read(root().resolve("event-contracts/src/main/java/id/netral/events/access/Roles.java"));
        Matcher constant = Pattern.compile("public static final String \\w+ = \"([^\"]+)\";").matcher(source);
        Set<String> roles = new LinkedHashSet<>();
        while (constant.find()) {
            roles.add(constant.group(1));
        }
        if (roles.size() < 7) {
            throw new IllegalStateException("service-kit's Roles no longer reads as expected: " + roles);
        }
        return roles;
    }

    /** The same, as the constant's value in the kit's source: the claim {@code Caller} reads the OPD from. */
    static String opdClaimInKit() {
        String source = read(root().resolve("service-kit/src/main/java/id/netral/kit/security/Caller.java"));
        Matcher constant = Pattern.compile("OPD_CLAIM = \"([^\"]+)\";").matcher(source);
        if (!constant.find()) {
            throw new IllegalStateException("service-kit's Caller no longer names OPD_CLAIM");
        }
        return constant.group(1);
    }

    /** A service's {@code quarkus.oidc.*} settings in its production profile: the kit's defaults, then its own. */
    static Map<String, String> oidcSettings(String service) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (Path file : List.of(root().resolve("service-kit/src/main/resources/META-INF/microprofile-config.properties"),
                root().resolve(service + "/src/main/resources/application.properties"))) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            properties.stringPropertyNames().stream()
                    .filter(key -> key.startsWith("quarkus.oidc.") || key.startsWith("%prod.quarkus.oidc."))
                    .forEach(key -> settings.put(key.replaceFirst("^%prod\\.", ""), properties.getProperty(key)));
        }
        return settings;
    }

    /** The role settings Quarkus builds from those properties, for {@code OidcUtils.findRoles}. */
    static OidcTenantConfig.Roles rolesConfig(Map<String, String> settings) {
        Optional<List<String>> path = Optional.ofNullable(settings.get("quarkus.oidc.roles.role-claim-path"))
                .map(value -> Arrays.stream(value.split(",")).map(String::strip).toList());
        Optional<String> separator = Optional.ofNullable(settings.get("quarkus.oidc.roles.role-claim-separator"));
        Optional<OidcTenantConfig.Roles.Source> source = Optional.ofNullable(settings.get("quarkus.oidc.roles.source"))
                .map(OidcTenantConfig.Roles.Source::valueOf);
        return new OidcTenantConfig.Roles() {
            @Override
            public Optional<List<String>> roleClaimPath() {
                return path;
            }

            @Override
            public Optional<String> roleClaimSeparator() {
                return separator;
            }

            @Override
            public Optional<Source> source() {
                return source;
            }
        };
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

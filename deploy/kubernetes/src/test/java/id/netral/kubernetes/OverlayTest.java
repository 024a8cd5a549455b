package id.netral.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import id.netral.kubernetes.Manifests.Doc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The base holds no site's values, each site's values are in its overlay only, and an overlay renders everything the
 * base has with every stand-in replaced. (The other test classes run once on the base and once on each overlay's
 * rendering: the module's build sets netral.kustomization for each.)
 */
class OverlayTest {
    private static final Path OVERLAYS = Manifests.DEPLOY.resolve("overlays");
    private static final String STAND_IN = "change-me";
    /** A host name in a value: the stand-ins' must be on the reserved domain .invalid. */
    private static final Pattern HOST = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)+");

    /** Where a site's values go: kind, name and JSON pointer of each value that differs from site to site. */
    record SiteSetting(String kind, String name, String pointer) {
        /** Kinds that come with an opt-in folder (gateway/): their settings apply where a site adds it. */
        static final Set<String> OPT_IN = Set.of("Gateway", "HTTPRoute");

        String in(List<Doc> docs) {
            Doc doc = docs.stream().filter(d -> d.kind().equals(kind) && d.name().equals(name)).findFirst()
                    .orElse(null);
            if (doc == null && OPT_IN.contains(kind)) {
                return null;
            }
            assertThat(doc).as("no " + kind + " " + name).isNotNull();
            JsonNode value = doc.tree().at(pointer);
            assertThat(value.isTextual()).as(this + " is set").isTrue();
            return value.asText();
        }
    }

    static final List<SiteSetting> SITE_SETTINGS = siteSettings();

    private static List<SiteSetting> siteSettings() {
        List<SiteSetting> settings = new ArrayList<>();
        for (String key : List.of("QUARKUS_OIDC_AUTH_SERVER_URL", "NETRAL_CONTRACT_PUBLIC_HOST",
                "QUARKUS_HTTP_PROXY_TRUSTED_PROXIES")) {
            settings.add(new SiteSetting("ConfigMap", "netral-site", "/data/" + key));
        }
        for (String key : List.of("QUARKUS_MAILER_HOST", "QUARKUS_MAILER_FROM",
                "NETRAL_NOTIFICATION_MAIL_MESSAGE_ID_DOMAIN", "NETRAL_NOTIFICATION_ACK_LINK_BASE_URL",
                "NETRAL_NOTIFICATION_ACK_LINK_CONSOLE_URL")) {
            settings.add(new SiteSetting("ConfigMap", "notification-service-site", "/data/" + key));
        }
        settings.add(new SiteSetting("Ingress", "netral", "/spec/rules/0/host"));
        settings.add(new SiteSetting("Ingress", "netral", "/spec/tls/0/hosts/0"));
        settings.add(new SiteSetting("ObjectStore", "netral-backups", "/spec/configuration/destinationPath"));
        settings.add(new SiteSetting("ObjectStore", "netral-backups", "/spec/configuration/endpointURL"));
        for (String service : Manifests.APPLICATIONS) {
            settings.add(new SiteSetting("Deployment", service, "/spec/template/spec/containers/0/image"));
        }
        settings.add(new SiteSetting("Gateway", "netral", "/spec/gatewayClassName"));
        settings.add(new SiteSetting("Gateway", "netral", "/spec/listeners/0/hostname"));
        settings.add(new SiteSetting("HTTPRoute", "netral", "/spec/hostnames/0"));
        return List.copyOf(settings);
    }

    /** Every folder with a kustomization.yaml: base, monitoring, each overlay. */
    static List<Path> kustomizations() {
        try (Stream<Path> files = Files.walk(Manifests.DEPLOY)) {
            return files.filter(f -> f.getFileName().toString().equals("kustomization.yaml"))
                    .filter(f -> !f.startsWith(Manifests.DEPLOY.resolve("target"))
                            && !f.startsWith(Manifests.DEPLOY.resolve("src")))
                    .map(Path::getParent).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> overlays() {
        try (Stream<Path> dirs = Files.list(OVERLAYS)) {
            return dirs.filter(Files::isDirectory).map(d -> "overlays/" + d.getFileName()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void thereIsAnOverlayForKupangAndOneForATestCluster() {
        assertThat(overlays()).contains("overlays/kota-kupang", "overlays/test-cluster");
    }

    /**
     * The base's site values are stand-ins: each contains change-me and names no real host (its host names are under
     * .invalid; the image's registry stand-in, registry.change-me.example, is service-kit's default, also a reserved
     * domain, and a site renames the image in its overlay).
     */
    @Test
    void theBaseHoldsStandInsOnly() {
        List<Doc> base = new ArrayList<>(Kustomize.build(Manifests.DEPLOY.resolve("base")));
        base.addAll(Kustomize.build(Manifests.DEPLOY.resolve("gateway")));
        for (SiteSetting setting : SITE_SETTINGS) {
            String value = setting.in(base);
            assertThat(value).as(setting + " in the base").contains(STAND_IN);
            if (!setting.kind().equals("Deployment")) {
                Matcher host = HOST.matcher(value);
                while (host.find()) {
                    assertThat(host.group()).as(setting + " in the base").endsWith(".invalid");
                }
            }
        }
    }

    /** Everything the base has, every stand-in replaced, the public host the same wherever it is named. */
    @ParameterizedTest
    @MethodSource("overlays")
    void anOverlayRendersCompleteWithItsOwnValues(String overlay) throws IOException {
        List<Doc> base = new ArrayList<>(Kustomize.build(Manifests.DEPLOY.resolve("base")));
        List<Doc> rendered = Kustomize.build(Manifests.DEPLOY.resolve(overlay));
        assertThat(ids(rendered)).as(overlay + " renders every object of the base").containsAll(ids(base));
        for (Doc doc : rendered) {
            assertThat(Manifests.JSON.writeValueAsString(doc.tree())).as(overlay + ": " + doc.where())
                    .doesNotContain(STAND_IN);
        }
        base.addAll(Kustomize.build(Manifests.DEPLOY.resolve("gateway")));
        for (SiteSetting setting : SITE_SETTINGS) {
            String value = setting.in(rendered);
            if (value != null) {
                assertThat(value).as(overlay + " sets " + setting).isNotEqualTo(setting.in(base));
            }
        }
        String host = new SiteSetting("Ingress", "netral", "/spec/rules/0/host").in(rendered);
        for (SiteSetting hostName : List.of(new SiteSetting("Gateway", "netral", "/spec/listeners/0/hostname"),
                new SiteSetting("HTTPRoute", "netral", "/spec/hostnames/0"))) {
            String value = hostName.in(rendered);
            assertThat(value == null || value.equals(host)).as(overlay + ": " + hostName + " is " + host).isTrue();
        }
        assertThat(new SiteSetting("Ingress", "netral", "/spec/tls/0/hosts/0").in(rendered)).isEqualTo(host);
        assertThat(new SiteSetting("ConfigMap", "netral-site", "/data/NETRAL_CONTRACT_PUBLIC_HOST").in(rendered))
                .isEqualTo(host);
        assertThat(new SiteSetting("ConfigMap", "notification-service-site", "/data/NETRAL_NOTIFICATION_ACK_LINK_BASE_URL")
                .in(rendered)).isEqualTo("https://" + host);
        assertThat(new SiteSetting("ConfigMap", "notification-service-site",
                "/data/NETRAL_NOTIFICATION_ACK_LINK_CONSOLE_URL").in(rendered)).isEqualTo("https://" + host);
    }

    /** A site's values are written in its overlay and nowhere that every site shares. */
    @ParameterizedTest
    @MethodSource("overlays")
    void aSitesValuesAreInItsOverlayOnly(String overlay) throws IOException {
        List<Doc> base = new ArrayList<>(Kustomize.build(Manifests.DEPLOY.resolve("base")));
        List<Doc> rendered = Kustomize.build(Manifests.DEPLOY.resolve(overlay));
        Set<String> values = new HashSet<>();
        for (SiteSetting setting : SITE_SETTINGS) {
            if (setting.in(rendered) != null) {
                values.add(setting.in(rendered));
            }
        }
        String overlayText = text(Manifests.DEPLOY.resolve(overlay));
        for (String value : values) {
            String written = value.replaceAll(":[^:/]*$", ""); // an image's tag is the build's, not the site's
            assertThat(overlayText).as(overlay + " holds " + written).contains(written);
        }
        Map<Path, String> shared = new HashMap<>();
        for (Path dir : kustomizations()) {
            if (!dir.startsWith(OVERLAYS)) {
                shared.put(dir, text(dir));
            }
        }
        base.addAll(Kustomize.build(Manifests.DEPLOY.resolve("gateway")));
        for (SiteSetting setting : SITE_SETTINGS) {
            if (setting.in(rendered) == null) {
                continue;
            }
            String value = setting.in(rendered).replaceAll(":[^:/]*$", "");
            if (value.equals(setting.in(base).replaceAll(":[^:/]*$", ""))) {
                continue;
            }
            shared.forEach((dir, text) -> assertThat(text).as(dir + " holds " + overlay + "'s " + setting)
                    .doesNotContain(value));
        }
    }

    /** Where kubectl is installed, its kustomize renders what the offline renderer (Kustomize.java) renders. */
    @Test
    void kubectlRendersTheSameObjects() throws Exception {
        for (Path dir : kustomizations()) {
            Process process;
            try {
                process = new ProcessBuilder("kubectl", "kustomize", dir.toString()).redirectErrorStream(true).start();
            } catch (IOException noKubectl) {
                assumeTrue(false, "kubectl is not installed");
                return;
            }
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(dir + ": " + out).isZero();
            Path file = Files.createTempFile("netral-kustomize", ".yaml");
            try {
                Files.writeString(file, out);
                Map<String, JsonNode> kubectl = byId(Manifests.read(file));
                Map<String, JsonNode> offline = byId(Kustomize.build(dir));
                assertThat(offline.keySet()).as(dir.toString()).containsExactlyInAnyOrderElementsOf(kubectl.keySet());
                offline.forEach((id, tree) -> assertThat(tree).as(dir + ": " + id).isEqualTo(kubectl.get(id)));
            } finally {
                Files.delete(file);
            }
        }
    }

    private static Map<String, JsonNode> byId(List<Doc> docs) {
        Map<String, JsonNode> trees = new HashMap<>();
        docs.forEach(d -> assertThat(trees.put(d.kind() + "/" + d.namespace() + "/" + d.name(), d.tree()))
                .as(d.where() + " twice").isNull());
        return trees;
    }

    private static List<String> ids(List<Doc> docs) {
        return docs.stream().map(d -> d.kind() + "/" + d.namespace() + "/" + d.name()).toList();
    }

    /** The text of every file in a folder. */
    private static String text(Path dir) {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                text.append(Files.readString(file)).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}

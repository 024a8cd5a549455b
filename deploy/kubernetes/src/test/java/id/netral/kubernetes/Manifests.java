package id.netral.kubernetes;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Every object that `kubectl apply -k deploy/kubernetes/<kustomization>` would send, rendered offline (Kustomize): the
 * base, or a site's overlay, as the system property netral.kustomization names it (the module's build runs the tests
 * once for the base and once for each overlay). The services' generated manifests are among them.
 */
final class Manifests {
    /** The three services: each with its database, its Kafka user and its topics. */
    static final List<String> SERVICES = List.of("report-service", "sanction-service", "notification-service");
    /** The web console: no database, no Kafka; it calls the services' REST APIs and does not use service-kit. */
    static final String CONSOLE = "console";
    /** Every application Netral deploys: the services and the console. */
    static final List<String> APPLICATIONS = List.of("report-service", "sanction-service", "notification-service",
            CONSOLE);
    static final String NAMESPACE = "netral";
    static final Path ROOT = locateRoot();
    static final Path DEPLOY = ROOT.resolve("deploy/kubernetes");
    /** The kustomization under test, relative to DEPLOY: "base" or "overlays/<site>". */
    static final String KUSTOMIZATION = System.getProperty("netral.kustomization", "base");
    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    private static final YAMLMapper YAML = new YAMLMapper();

    /** The core kinds (and the Gateway API's), by apiVersion and kind, read into the fabric8 model. */
    static final Map<String, Class<? extends HasMetadata>> CORE_KINDS = Map.ofEntries(
            Map.entry("v1/Namespace", Namespace.class),
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Secret", Secret.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("gateway.networking.k8s.io/v1/Gateway", Gateway.class),
            Map.entry("gateway.networking.k8s.io/v1/HTTPRoute", HTTPRoute.class));

    private static List<Doc> all;

    private Manifests() {
    }

    /** One YAML document of one manifest file. */
    record Doc(Path file, int index, ObjectNode tree) {
        String apiVersion() {
            return tree.path("apiVersion").asText();
        }

        String kind() {
            return tree.path("kind").asText();
        }

        String name() {
            return tree.path("metadata").path("name").asText();
        }

        String namespace() {
            return tree.path("metadata").path("namespace").asText(null);
        }

        String where() {
            return ROOT.relativize(file) + " document " + index + " (" + kind() + " " + name() + ")";
        }

        <T> T as(Class<T> type) {
            try {
                return JSON.treeToValue(tree, type);
            } catch (IOException e) {
                throw new AssertionError(where() + " does not read as " + type.getSimpleName() + ": " + e.getMessage(),
                        e);
            }
        }
    }

    static synchronized List<Doc> all() {
        if (all == null) {
            all = List.copyOf(Kustomize.build(DEPLOY.resolve(KUSTOMIZATION)));
        }
        return all;
    }

    static List<Doc> ofKind(String kind) {
        return all().stream().filter(d -> d.kind().equals(kind)).toList();
    }

    static Optional<Doc> find(String kind, String name) {
        return ofKind(kind).stream().filter(d -> d.name().equals(name)).findFirst();
    }

    static <T> List<T> typed(String kind, Class<T> type) {
        return ofKind(kind).stream().map(d -> d.as(type)).toList();
    }

    static Deployment deployment(String service) {
        return find("Deployment", service).orElseThrow(() -> new AssertionError("no Deployment " + service))
                .as(Deployment.class);
    }

    static Container container(String service) {
        return deployment(service).getSpec().getTemplate().getSpec().getContainers().stream()
                .filter(c -> c.getName().equals(service)).findFirst()
                .orElseThrow(() -> new AssertionError("Deployment " + service + " has no container " + service));
    }

    /**
     * The image a service's container must run: the registry and group of its configuration, unless the
     * kustomization under test renames it (images:), as a site's overlay does for its registry.
     */
    static String imageName(String service) {
        Properties properties = serviceProperties(service);
        String name = properties.getProperty("quarkus.container-image.registry") + "/"
                + properties.getProperty("quarkus.container-image.group") + "/" + service;
        JsonNode kustomization = read(DEPLOY.resolve(KUSTOMIZATION).resolve("kustomization.yaml")).get(0).tree();
        for (JsonNode image : kustomization.path("images")) {
            if (image.path("name").asText().equals(name)) {
                return image.path("newName").asText(name);
            }
        }
        return name;
    }

    static List<Doc> read(Path file) {
        List<Doc> docs = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            int index = 0;
            while (it.hasNext()) {
                JsonNode node = it.next();
                index++;
                if (node == null || node.isNull() || node.isMissingNode() || node.isEmpty()) {
                    continue;
                }
                if (!(node instanceof ObjectNode object)) {
                    throw new AssertionError(file + " document " + index + " is not a mapping");
                }
                docs.add(new Doc(file, index, object));
            }
        } catch (IOException e) {
            throw new AssertionError(file + " is not valid YAML: " + e.getMessage(), e);
        }
        return docs;
    }

    /**
     * An application's settings as it runs with them: for a service, service-kit's shared defaults overridden by its
     * own; for the console, its own only.
     */
    static Properties serviceProperties(String service) {
        Properties properties = new Properties();
        if (SERVICES.contains(service)) {
            load(properties, ROOT.resolve("service-kit/src/main/resources/META-INF/microprofile-config.properties"));
        }
        load(properties, ROOT.resolve(service).resolve("src/main/resources/application.properties"));
        return properties;
    }

    private static void load(Properties properties, Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String readme() {
        try {
            return Files.readString(DEPLOY.resolve("README.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The environment variable for a property: netral.outbox.batch-size → NETRAL_OUTBOX_BATCH_SIZE. */
    static String envName(String property) {
        return property.toUpperCase().replaceAll("[^A-Z0-9]", "_");
    }

    private static Path locateRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("deploy/kubernetes/base/kustomization.yaml"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("run from inside the Netral repository");
        }
        return dir;
    }
}

package id.netral.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import id.netral.kubernetes.Manifests.Doc;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static id.netral.kubernetes.Manifests.DEPLOY;
import static org.assertj.core.api.Assertions.assertThat;

/** What `kubectl apply` would refuse or silently drop: unreadable documents, unknown kinds, misspelt fields. */
class ManifestSyntaxTest {

    /**
     * The fields Netral uses of the operators' kinds (CloudNativePG, Strimzi kafka.strimzi.io/v1), as paths; "*" below
     * a path leaves its content to the operator (Kafka configuration, Kubernetes types such as resources). A field
     * outside these is a typo or a field this file has not been taught yet.
     */
    private static final Map<String, Set<String>> OPERATOR_FIELDS = Map.ofEntries(
            Map.entry("postgresql.cnpg.io/v1/Cluster", Set.of("spec.instances", "spec.imageName", "spec.primaryUpdateStrategy",
                    "spec.bootstrap", "spec.bootstrap.initdb", "spec.bootstrap.initdb.database",
                    "spec.bootstrap.initdb.owner", "spec.bootstrap.initdb.secret", "spec.bootstrap.initdb.secret.name",
                    "spec.managed", "spec.managed.roles[]", "spec.managed.roles[].name",
                    "spec.managed.roles[].ensure", "spec.managed.roles[].login", "spec.managed.roles[].comment",
                    "spec.managed.roles[].passwordSecret", "spec.managed.roles[].passwordSecret.name", "spec.storage", "spec.storage.size", "spec.storage.storageClass",
                    "spec.resources.*", "spec.postgresql.*", "spec.affinity.*", "spec.backup.*", "spec.plugins[]",
                    "spec.plugins[].name", "spec.plugins[].isWALArchiver", "spec.plugins[].parameters.*")),
            Map.entry("postgresql.cnpg.io/v1/ScheduledBackup", Set.of("spec.schedule", "spec.backupOwnerReference", "spec.immediate",
                    "spec.cluster", "spec.cluster.name", "spec.method", "spec.pluginConfiguration",
                    "spec.pluginConfiguration.name", "spec.pluginConfiguration.parameters.*")),
            Map.entry("barmancloud.cnpg.io/v1/ObjectStore", Set.of("spec.retentionPolicy", "spec.configuration",
                    "spec.configuration.destinationPath", "spec.configuration.endpointURL",
                    "spec.configuration.s3Credentials.*", "spec.configuration.wal.*", "spec.configuration.data.*")),
            Map.entry("kafka.strimzi.io/v1/Kafka", Set.of("spec.kafka", "spec.kafka.version", "spec.kafka.listeners[]",
                    "spec.kafka.listeners[].name", "spec.kafka.listeners[].port", "spec.kafka.listeners[].type",
                    "spec.kafka.listeners[].tls", "spec.kafka.listeners[].authentication.*",
                    "spec.kafka.listeners[].networkPolicyPeers[].*", "spec.kafka.authorization.*",
                    "spec.kafka.config.*", "spec.kafka.metricsConfig", "spec.kafka.metricsConfig.type",
                    "spec.kafka.metricsConfig.valueFrom.*", "spec.kafkaExporter.*", "spec.entityOperator",
                    "spec.entityOperator.topicOperator.*", "spec.entityOperator.userOperator.*")),
            Map.entry("kafka.strimzi.io/v1/KafkaNodePool", Set.of("spec.replicas", "spec.roles", "spec.storage",
                    "spec.storage.type", "spec.storage.volumes[]", "spec.storage.volumes[].id",
                    "spec.storage.volumes[].type", "spec.storage.volumes[].size", "spec.storage.volumes[].class",
                    "spec.storage.volumes[].deleteClaim", "spec.storage.volumes[].kraftMetadata", "spec.resources.*")),
            Map.entry("kafka.strimzi.io/v1/KafkaTopic", Set.of("spec.topicName", "spec.partitions", "spec.replicas",
                    "spec.config.*")),
            Map.entry("kafka.strimzi.io/v1/KafkaUser", Set.of("spec.authentication", "spec.authentication.type",
                    "spec.authorization", "spec.authorization.type", "spec.authorization.acls[]",
                    "spec.authorization.acls[].resource.*", "spec.authorization.acls[].operations")),
            Map.entry("monitoring.coreos.com/v1/PrometheusRule", Set.of("spec.groups[]", "spec.groups[].name",
                    "spec.groups[].interval", "spec.groups[].rules[]", "spec.groups[].rules[].alert",
                    "spec.groups[].rules[].record", "spec.groups[].rules[].expr", "spec.groups[].rules[].for",
                    "spec.groups[].rules[].labels.*", "spec.groups[].rules[].annotations.*")),
            Map.entry("monitoring.coreos.com/v1/ServiceMonitor", Set.of("spec.selector.*", "spec.endpoints[]",
                    "spec.endpoints[].port", "spec.endpoints[].path", "spec.endpoints[].interval",
                    "spec.endpoints[].relabelings[].*")),
            Map.entry("monitoring.coreos.com/v1/PodMonitor", Set.of("spec.selector.*", "spec.podMetricsEndpoints[]",
                    "spec.podMetricsEndpoints[].port", "spec.podMetricsEndpoints[].path",
                    "spec.podMetricsEndpoints[].interval", "spec.podMetricsEndpoints[].relabelings[].*")));

    private static final Set<String> METADATA_FIELDS = Set.of("name", "namespace", "labels", "annotations");

    @Test
    void everyDocumentIsAKnownKindWithNoUnknownField() {
        assertThat(Manifests.all()).isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (Doc doc : Manifests.all()) {
            String type = doc.apiVersion() + "/" + doc.kind();
            if (doc.name().isEmpty()) {
                problems.add(doc.where() + ": no metadata.name");
            }
            if (Manifests.CORE_KINDS.containsKey(type)) {
                unknownModelFields(doc.as(Manifests.CORE_KINDS.get(type)), "", problems, doc.where());
            } else if (OPERATOR_FIELDS.containsKey(type)) {
                doc.tree().fieldNames().forEachRemaining(f -> {
                    if (!Set.of("apiVersion", "kind", "metadata", "spec").contains(f)) {
                        problems.add(doc.where() + ": unknown top-level field " + f);
                    }
                });
                doc.tree().path("metadata").fieldNames().forEachRemaining(f -> {
                    if (!METADATA_FIELDS.contains(f)) {
                        problems.add(doc.where() + ": unknown field metadata." + f);
                    }
                });
                unknownTreeFields(doc.tree().path("spec"), "spec", OPERATOR_FIELDS.get(type), problems, doc.where());
            } else {
                problems.add(doc.where() + ": kind " + type + " is neither a core kind these tests read nor one of "
                        + "the operators' kinds");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyObjectLivesInTheNetralNamespaceOnce() {
        Set<String> seen = new HashSet<>();
        for (Doc doc : Manifests.all()) {
            if (doc.kind().equals("Namespace")) {
                assertThat(doc.name()).isEqualTo(Manifests.NAMESPACE);
            } else {
                assertThat(doc.namespace()).as(doc.where()).isEqualTo(Manifests.NAMESPACE);
            }
            assertThat(seen.add(doc.kind() + "/" + doc.name())).as(doc.where() + " is defined twice").isTrue();
        }
    }

    /** A manifest file no kustomization names would silently not be applied. */
    @Test
    void everyManifestFileIsNamedByItsKustomization() throws IOException {
        List<Path> kustomizations = OverlayTest.kustomizations();
        assertThat(kustomizations).contains(DEPLOY.resolve("base"), DEPLOY.resolve("monitoring"));
        for (Path dir : kustomizations) {
            JsonNode k = Manifests.read(dir.resolve("kustomization.yaml")).get(0).tree();
            Set<Path> named = new HashSet<>();
            k.path("resources").forEach(r -> named.add(dir.resolve(r.asText()).normalize()));
            k.path("patches").forEach(p -> {
                if (p.has("path")) named.add(dir.resolve(p.path("path").asText()).normalize());
            });
            k.path("configMapGenerator").forEach(g -> g.path("envs")
                    .forEach(e -> named.add(dir.resolve(e.asText()).normalize())));
            try (Stream<Path> files = Files.walk(dir)) {
                List<Path> manifests = files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                        .filter(f -> !f.getFileName().toString().equals("kustomization.yaml"))
                        // a folder with its own kustomization answers for its files
                        .filter(f -> kustomizations.stream().noneMatch(o -> !o.equals(dir) && o.startsWith(dir)
                                && f.startsWith(o)))
                        .toList();
                assertThat(named).as(dir + "/kustomization.yaml names every manifest in its folder")
                        .containsAll(manifests);
            }
        }
    }

    /** fabric8 keeps fields its model does not know in additionalProperties: each one is a field Kubernetes drops. */
    private static void unknownModelFields(Object value, String path, List<String> problems, String where) {
        if (value == null) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknownModelFields(item, path + "[" + i++ + "]", problems, where);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> unknownModelFields(v, path + "." + k, problems, where));
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getName().equals("getClass")) {
                continue;
            }
            Class<?> type = getter.getReturnType();
            boolean additional = getter.getName().equals("getAdditionalProperties");
            if (!additional && !type.getName().startsWith("io.fabric8.") && !Collection.class.isAssignableFrom(type)
                    && !Map.class.isAssignableFrom(type)) {
                continue;
            }
            Object child;
            try {
                child = getter.invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                continue;
            }
            if (additional) {
                if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    problems.add(where + ": unknown field(s) " + extra.keySet() + " at "
                            + (path.isEmpty() ? "top level" : path));
                }
            } else {
                String name = getter.getName().substring(3);
                unknownModelFields(child, path + "." + Character.toLowerCase(name.charAt(0)) + name.substring(1),
                        problems, where);
            }
        }
    }

    private static void unknownTreeFields(JsonNode node, String path, Set<String> allowed, List<String> problems,
                                          String where) {
        if (allowed.contains(path + ".*")) {
            return;
        }
        if (node.isArray()) {
            node.forEach(item -> unknownTreeFields(item, path + "[]", allowed, problems, where));
            return;
        }
        node.fieldNames().forEachRemaining(field -> {
            String child = path + "." + field;
            if (allowed.contains(child) || allowed.contains(child + ".*") || allowed.contains(child + "[]")
                    || allowed.stream().anyMatch(a -> a.startsWith(child + "[]."))) {
                unknownTreeFields(node.get(field), child, allowed, problems, where);
            } else {
                problems.add(where + ": unknown field " + child);
            }
        });
    }
}

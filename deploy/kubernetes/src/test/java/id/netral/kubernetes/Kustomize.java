package id.netral.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import id.netral.kubernetes.Manifests.Doc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a kustomization the way `kubectl kustomize` does, offline and without the kustomize binary, for the features
 * Netral's kustomizations use and no more: resources (files and folders with their own kustomization), namespace,
 * configMapGenerator (literals, env files and files; labels; create, merge or replace; names without hash suffix),
 * patches (a strategic merge patch found by its kind and name, or a JSON 6902 patch with a target of group, kind, name
 * or namespace; exact names, not kustomize's regular expressions) and images.
 * Anything else in a kustomization fails loudly instead of being ignored; where kubectl is installed the tests compare
 * this rendering with kubectl's (OverlayTest).
 */
final class Kustomize {
    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "resources", "namespace",
            "configMapGenerator", "generatorOptions", "patches", "images");
    /** Kinds that live in no namespace (the namespace transformer leaves them alone). */
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace");
    /** Strategic merge of a core kind merges these lists item by item on "name"; any other list is replaced. */
    private static final Set<String> MERGED_BY_NAME = Set.of("containers", "initContainers", "env", "volumes",
            "volumeMounts");
    private static final YAMLMapper YAML = new YAMLMapper();

    private Kustomize() {
    }

    /** The objects `kubectl kustomize dir` prints (in no particular order). */
    static List<Doc> build(Path dir) {
        Path file = dir.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new AssertionError(dir + " has no kustomization.yaml"
                    + (dir.toString().contains("target") ? ": run `./mvnw -B package -DskipTests` first, which "
                    + "generates the services' manifests and copies them to deploy/kubernetes/target/services" : ""));
        }
        JsonNode k = Manifests.read(file).get(0).tree();
        k.fieldNames().forEachRemaining(field -> {
            if (!SUPPORTED.contains(field)) {
                throw new AssertionError(file + ": " + field + " is not supported by this offline renderer (Kustomize"
                        + ".java); teach it, or do without");
            }
        });
        List<Doc> docs = new ArrayList<>();
        for (JsonNode resource : k.path("resources")) {
            Path path = dir.resolve(resource.asText()).normalize();
            if (Files.isDirectory(path)) {
                docs.addAll(build(path));
            } else if (Files.isRegularFile(path)) {
                docs.addAll(Manifests.read(path));
            } else {
                throw new AssertionError(file + " names " + resource.asText() + ", which does not exist"
                        + (path.toString().contains("target") ? ": run `./mvnw -B package -DskipTests` first" : ""));
            }
        }
        String namespace = k.path("namespace").asText(null);
        generateConfigMaps(k, file, namespace, docs);
        if (namespace != null) {
            docs.stream().filter(d -> !CLUSTER_SCOPED.contains(d.kind()))
                    .forEach(d -> d.tree().with("metadata").put("namespace", namespace));
        }
        for (JsonNode patch : k.path("patches")) {
            applyPatch(dir, file, patch, docs);
        }
        for (JsonNode image : k.path("images")) {
            docs.forEach(d -> setImage(d.tree(), image));
        }
        return docs;
    }

    private static void generateConfigMaps(JsonNode k, Path file, String namespace, List<Doc> docs) {
        boolean noHash = k.path("generatorOptions").path("disableNameSuffixHash").asBoolean(false);
        for (JsonNode generator : k.path("configMapGenerator")) {
            if (!noHash && !generator.path("options").path("disableNameSuffixHash").asBoolean(false)) {
                throw new AssertionError(file + ": configMapGenerator " + generator.path("name").asText()
                        + " would get a hash suffix, which this renderer does not compute: set disableNameSuffixHash");
            }
            generator.fieldNames().forEachRemaining(field -> {
                if (!Set.of("name", "namespace", "behavior", "literals", "envs", "files", "options").contains(field)) {
                    throw new AssertionError(file + ": configMapGenerator." + field + " is not supported here");
                }
            });
            String name = generator.path("name").asText();
            String ns = generator.path("namespace").asText(namespace);
            ObjectNode data = JsonNodeFactory.instance.objectNode();
            generator.path("literals").forEach(literal -> put(data, literal.asText(), file));
            for (JsonNode env : generator.path("envs")) {
                for (String line : lines(file.getParent().resolve(env.asText()))) {
                    if (!line.isBlank() && !line.stripLeading().startsWith("#")) {
                        put(data, line, file);
                    }
                }
            }
            for (JsonNode source : generator.path("files")) {
                Path path = file.getParent().resolve(source.asText());
                try {
                    data.put(path.getFileName().toString(), Files.readString(path));
                } catch (IOException e) {
                    throw new AssertionError(file + ": " + source.asText() + " does not read", e);
                }
            }
            generator.path("options").fieldNames().forEachRemaining(option -> {
                if (!Set.of("labels", "disableNameSuffixHash").contains(option)) {
                    throw new AssertionError(file + ": configMapGenerator option " + option + " is not supported here");
                }
            });
            String behavior = generator.path("behavior").asText("create");
            List<Doc> existing = docs.stream().filter(d -> d.kind().equals("ConfigMap") && d.name().equals(name)
                    && java.util.Objects.equals(d.namespace(), ns)).toList();
            switch (behavior) {
                case "create" -> {
                    if (!existing.isEmpty()) {
                        throw new AssertionError(file + ": ConfigMap " + name + " exists already; merge or replace");
                    }
                    ObjectNode map = JsonNodeFactory.instance.objectNode();
                    map.put("apiVersion", "v1").put("kind", "ConfigMap");
                    ObjectNode metadata = map.putObject("metadata").put("name", name);
                    if (ns != null) {
                        metadata.put("namespace", ns);
                    }
                    if (generator.path("options").has("labels")) {
                        metadata.set("labels", generator.path("options").path("labels").deepCopy());
                    }
                    map.set("data", data);
                    docs.add(new Doc(file, 0, map));
                }
                case "merge", "replace" -> {
                    if (existing.size() != 1) {
                        throw new AssertionError(file + ": no ConfigMap " + name + " in namespace " + ns + " to "
                                + behavior + " (kustomize matches the generator's namespace too)");
                    }
                    ObjectNode tree = existing.get(0).tree();
                    if (behavior.equals("replace")) {
                        tree.set("data", data);
                    } else {
                        tree.with("data").setAll(data);
                    }
                }
                default -> throw new AssertionError(file + ": unknown behavior " + behavior);
            }
        }
    }

    private static void put(ObjectNode data, String keyValue, Path file) {
        int eq = keyValue.indexOf('=');
        if (eq < 1) {
            throw new AssertionError(file + ": " + keyValue + " is not KEY=VALUE");
        }
        data.put(keyValue.substring(0, eq), keyValue.substring(eq + 1));
    }

    private static void applyPatch(Path dir, Path file, JsonNode entry, List<Doc> docs) {
        JsonNode patch;
        try {
            patch = entry.has("path") ? YAML.readTree(dir.resolve(entry.path("path").asText()).toFile())
                    : YAML.readTree(entry.path("patch").asText());
        } catch (IOException e) {
            throw new AssertionError(file + ": patch does not read: " + e.getMessage(), e);
        }
        JsonNode target = entry.path("target");
        target.fieldNames().forEachRemaining(field -> {
            if (!Set.of("group", "kind", "name", "namespace").contains(field)) {
                throw new AssertionError(file + ": patch target." + field + " is not supported here");
            }
        });
        String kind = target.path("kind").asText(patch.path("kind").asText(null));
        String name = target.path("name").asText(patch.path("metadata").path("name").asText(null));
        String namespace = target.path("namespace").asText(null);
        String group = target.path("group").asText(null);
        List<Doc> matches = docs.stream().filter(d -> (kind == null || d.kind().equals(kind))
                && (name == null || d.name().equals(name))
                && (group == null || d.apiVersion().startsWith(group + "/"))
                && (namespace == null || namespace.equals(d.namespace()))).toList();
        if (matches.isEmpty()) {
            throw new AssertionError(file + ": a patch targets " + (group == null ? "" : group + " ") + kind + " "
                    + name + ", which is not rendered");
        }
        for (Doc doc : matches) {
            if (patch.isArray()) {
                patch.forEach(op -> jsonPatch(doc.tree(), op, file));
            } else {
                ObjectNode body = ((ObjectNode) patch).deepCopy();
                body.remove(List.of("apiVersion", "kind"));
                strategicMerge(doc.tree(), body, !doc.apiVersion().contains("."), file);
            }
        }
    }

    private static void strategicMerge(ObjectNode target, ObjectNode patch, boolean coreKind, Path file) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (key.startsWith("$")) {
                throw new AssertionError(file + ": patch directive " + key + " is not supported here");
            }
            JsonNode current = target.get(key);
            if (value.isNull()) {
                target.remove(key);
            } else if (value.isObject() && current != null && current.isObject()) {
                strategicMerge((ObjectNode) current, (ObjectNode) value, coreKind, file);
            } else if (value.isArray() && current != null && current.isArray() && coreKind
                    && MERGED_BY_NAME.contains(key)) {
                for (JsonNode item : value) {
                    ObjectNode same = null;
                    for (JsonNode have : current) {
                        if (have.path("name").equals(item.path("name"))) {
                            same = (ObjectNode) have;
                        }
                    }
                    if (same == null) {
                        ((ArrayNode) current).add(item.deepCopy());
                    } else {
                        strategicMerge(same, (ObjectNode) item, coreKind, file);
                    }
                }
            } else {
                target.set(key, value.deepCopy());
            }
        }
    }

    /** RFC 6902: add, replace and remove, on an RFC 6901 path. */
    private static void jsonPatch(ObjectNode root, JsonNode op, Path file) {
        String path = op.path("path").asText();
        String[] tokens = path.substring(1).split("/", -1);
        JsonNode parent = root;
        for (int i = 0; i < tokens.length - 1; i++) {
            parent = child(parent, unescape(tokens[i]));
            if (parent == null) {
                throw new AssertionError(file + ": path " + path + " does not exist");
            }
        }
        String last = unescape(tokens[tokens.length - 1]);
        String operation = op.path("op").asText();
        JsonNode value = op.get("value");
        if (!Set.of("add", "replace", "remove").contains(operation)) {
            throw new AssertionError(file + ": JSON patch op " + operation + " is not supported here");
        }
        if (!operation.equals("add") && child(parent, last) == null) {
            throw new AssertionError(file + ": " + operation + " of " + path + ", which does not exist");
        }
        if (parent instanceof ObjectNode object) {
            if (operation.equals("remove")) {
                object.remove(last);
            } else {
                object.set(last, value.deepCopy());
            }
        } else if (parent instanceof ArrayNode array) {
            int index = last.equals("-") ? array.size() : Integer.parseInt(last);
            switch (operation) {
                case "remove" -> array.remove(index);
                case "replace" -> array.set(index, value.deepCopy());
                default -> array.insert(index, value.deepCopy());
            }
        }
    }

    private static JsonNode child(JsonNode node, String token) {
        if (node.isArray()) {
            return token.matches("\\d+") ? node.get(Integer.parseInt(token)) : null;
        }
        return node.get(token);
    }

    private static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }

    /** Kustomize's image transformer: every container whose image has the entry's name gets its new name or tag. */
    private static void setImage(JsonNode node, JsonNode image) {
        if (node.isArray()) {
            node.forEach(item -> setImage(item, image));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        node.fields().forEachRemaining(field -> {
            if ((field.getKey().equals("containers") || field.getKey().equals("initContainers"))
                    && field.getValue().isArray()) {
                for (JsonNode container : field.getValue()) {
                    String current = container.path("image").asText();
                    int colon = current.lastIndexOf(':');
                    boolean tagged = colon > current.lastIndexOf('/');
                    String name = tagged ? current.substring(0, colon) : current;
                    String tag = tagged ? current.substring(colon) : "";
                    if (name.equals(image.path("name").asText())) {
                        String newName = image.path("newName").asText(name);
                        String newTag = image.has("newTag") ? ":" + image.path("newTag").asText() : tag;
                        ((ObjectNode) container).put("image", newName + newTag);
                    }
                }
            } else {
                setImage(field.getValue(), image);
            }
        });
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

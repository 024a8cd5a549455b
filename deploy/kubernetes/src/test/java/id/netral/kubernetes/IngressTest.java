package id.netral.kubernetes;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample Ingress routes each public resource of the services' REST API to the service that has it. */
class IngressTest {
    private static final Pattern API_PATH = Pattern.compile("\"(/api/v1/[a-z-]+)[/\"{]");
    /**
     * In every service (service-kit), for auditors and for admins' operations (dead-letter replay, reporter-key
     * rotation): not routed, reached inside the cluster, see ingress.yaml
     */
    private static final Set<String> NOT_PUBLIC = Set.of("/api/v1/audit", "/api/v1/admin");

    /** /api/v1/<resource> → the service whose sources declare it */
    static Map<String, String> resources() {
        Map<String, String> owner = new HashMap<>();
        for (String service : Manifests.SERVICES) {
            try (Stream<Path> files = Files.walk(Manifests.ROOT.resolve(service).resolve("src/main/java"))) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                    Matcher m = API_PATH.matcher(read(f));
                    while (m.find()) {
                        String previous = owner.put(m.group(1), service);
                        assertThat(previous == null || previous.equals(service))
                                .as(m.group(1) + " in two services").isTrue();
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return owner;
    }

    @Test
    void everyPublicResourceIsRoutedToItsService() {
        Map<String, String> resources = resources();
        assertThat(resources).containsEntry("/api/v1/reports", "report-service")
                .containsEntry("/api/v1/acknowledgement-links", "notification-service");
        Map<String, String> routed = new HashMap<>();
        for (Ingress ingress : Manifests.typed("Ingress", Ingress.class)) {
            Set<String> tlsHosts = new HashSet<>();
            ingress.getSpec().getTls().forEach(t -> tlsHosts.addAll(t.getHosts()));
            for (IngressRule rule : ingress.getSpec().getRules()) {
                assertThat(tlsHosts).as("TLS for " + rule.getHost()).contains(rule.getHost());
                for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                    String service = path.getBackend().getService().getName();
                    String port = path.getBackend().getService().getPort().getName();
                    Service backend = Manifests.find("Service", service)
                            .orElseThrow(() -> new AssertionError("Ingress path " + path.getPath() + " to missing "
                                    + "Service " + service)).as(Service.class);
                    assertThat(backend.getSpec().getPorts()).anySatisfy(p -> assertThat(p.getName()).isEqualTo(port));
                    assertThat(path.getPathType()).isEqualTo("Prefix");
                    routed.put(path.getPath(), service);
                }
            }
        }
        Map<String, String> expected = new HashMap<>(resources);
        NOT_PUBLIC.forEach(expected::remove);
        // the events' schemas, served by every service through the kit, so that their $id paths resolve
        expected.put("/events", "report-service");
        assertThat(routed).isEqualTo(expected);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

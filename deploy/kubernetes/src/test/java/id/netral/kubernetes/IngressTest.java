package id.netral.kubernetes;

import id.netral.kubernetes.Manifests.Doc;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteMatch;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteRule;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.ParentReference;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample Ingress, and the Gateway API's HTTPRoute next to it, route each public resource of the services' REST API
 * to the service that has it, and nothing the cluster keeps inside.
 */
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
        // the console's pages at the root: the longer /api/v1 prefixes above take precedence over it
        expected.put("/", Manifests.CONSOLE);
        assertThat(routed).isEqualTo(expected);
    }

    /** The routes public traffic may take: those of the rendering under test, or gateway/ as a site would add it. */
    private static List<Doc> gatewayApi() {
        List<Doc> docs = Manifests.all().stream().filter(d -> d.apiVersion().startsWith("gateway.networking.k8s.io/"))
                .toList();
        return docs.isEmpty() ? Kustomize.build(Manifests.DEPLOY.resolve("gateway")) : docs;
    }

    /**
     * The HTTPRoute next to the Ingress routes exactly what the Ingress routes (so the audit log and the admins'
     * operations stay inside here too), to a port the Service has, for the same host, on a Gateway listener that
     * terminates TLS for that host.
     */
    @Test
    void theHttpRouteRoutesWhatTheIngressRoutes() {
        Map<String, String> byIngress = new HashMap<>();
        String host = null;
        for (Ingress ingress : Manifests.typed("Ingress", Ingress.class)) {
            for (IngressRule rule : ingress.getSpec().getRules()) {
                host = rule.getHost();
                rule.getHttp().getPaths().forEach(p -> byIngress.put(p.getPath(),
                        p.getBackend().getService().getName()));
            }
        }
        List<Doc> gatewayApi = gatewayApi();
        List<HTTPRoute> routes = gatewayApi.stream().filter(d -> d.kind().equals("HTTPRoute"))
                .map(d -> d.as(HTTPRoute.class)).toList();
        assertThat(routes).isNotEmpty();
        Map<String, String> byRoute = new HashMap<>();
        for (HTTPRoute route : routes) {
            boolean rendered = !Manifests.ofKind("HTTPRoute").isEmpty();
            if (rendered) {
                assertThat(route.getSpec().getHostnames()).containsExactly(host);
            }
            for (ParentReference parent : route.getSpec().getParentRefs()) {
                Gateway gateway = gatewayApi.stream().filter(d -> d.kind().equals("Gateway")
                        && d.name().equals(parent.getName())).findFirst()
                        .orElseThrow(() -> new AssertionError("no Gateway " + parent.getName())).as(Gateway.class);
                assertThat(gateway.getSpec().getListeners()).filteredOn(l -> l.getName().equals(parent.getSectionName()))
                        .singleElement().satisfies(listener -> {
                            assertThat(listener.getProtocol()).isEqualTo("HTTPS");
                            assertThat(listener.getHostname()).isEqualTo(route.getSpec().getHostnames().get(0));
                            assertThat(listener.getTls().getCertificateRefs()).isNotEmpty();
                        });
            }
            for (HTTPRouteRule rule : route.getSpec().getRules()) {
                assertThat(rule.getMatches()).as("one path per rule").singleElement();
                HTTPRouteMatch match = rule.getMatches().get(0);
                assertThat(match.getPath().getType()).isEqualTo("PathPrefix");
                assertThat(rule.getBackendRefs()).singleElement().satisfies(backend -> {
                    Service service = Manifests.find("Service", backend.getName())
                            .orElseThrow(() -> new AssertionError("HTTPRoute to missing Service " + backend.getName()))
                            .as(Service.class);
                    assertThat(service.getSpec().getPorts()).anySatisfy(
                            p -> assertThat(p.getPort()).isEqualTo(backend.getPort()));
                    byRoute.put(match.getPath().getValue(), backend.getName());
                });
            }
        }
        assertThat(byRoute).isEqualTo(byIngress);
        NOT_PUBLIC.forEach(p -> assertThat(byRoute.keySet()).noneMatch(route -> route.startsWith(p)));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

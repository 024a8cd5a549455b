package id.netral.console.operations;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Health and metrics (/q/health, /q/metrics) are for the cluster, the kubelet's probes and Prometheus, as they are for
 * the services. The services keep them private because the ingress routes only their /api/v1 resources; the console's
 * pages are routed at / and would take /q/ with them. Whatever comes through the ingress carries X-Forwarded-For (or
 * Forwarded), which neither the kubelet nor Prometheus sends: such a request for /q/ is answered 404, as if the
 * endpoints were not there.
 */
@ApplicationScoped
public class ClusterOnlyEndpoints {
    /** Before every other route, the sign-in's included: nothing of /q/ is served to a proxied request. */
    private static final int FIRST = Integer.MIN_VALUE + 1;

    void guard(@Observes Router router) {
        router.route("/q/*").order(FIRST).handler(ClusterOnlyEndpoints::onlyFromInsideTheCluster);
    }

    private static void onlyFromInsideTheCluster(RoutingContext request) {
        if (request.request().getHeader("X-Forwarded-For") != null
                || request.request().getHeader("Forwarded") != null) {
            request.response().setStatusCode(404).end();
        } else {
            request.next();
        }
    }
}

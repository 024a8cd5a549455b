package id.netral.console;

import id.netral.infra.DevIdentityProvider;
import id.netral.infra.DevOidcProvider;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Gives the console the real development OIDC provider to sign people in with. The three services are pointed at a
 * closed port: these tests are about the console's own sign-in, rights and protections, and a service that cannot
 * be reached must show the "service away" page; the browser test in deploy/local carries cases through the real
 * services.
 */
public class DevSignInResource implements QuarkusTestResourceLifecycleManager {
    static final String CLIENT_SECRET = "console-test-secret-of-at-least-32-characters";
    private static DevOidcProvider provider;

    @Override
    public synchronized Map<String, String> start() {
        if (provider == null) {
            provider = DevOidcProvider.start(DevIdentityProvider.generate(), 0);
        }
        String closed = "http://127.0.0.1:1";
        return Map.of(
                "quarkus.oidc.auth-server-url", provider.url(),
                "quarkus.oidc.credentials.secret", CLIENT_SECRET,
                "netral.console.report-service-url", closed,
                "netral.console.sanction-service-url", closed,
                "netral.console.notification-service-url", closed);
    }

    static DevOidcProvider provider() {
        return provider;
    }

    @Override
    public void stop() {
        if (provider != null) {
            provider.close();
            provider = null;
        }
    }
}

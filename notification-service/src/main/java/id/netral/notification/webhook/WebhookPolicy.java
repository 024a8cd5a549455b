package id.netral.notification.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which webhook endpoints this service may call. Outside dev and test only https; and never an address inside the
 * city's network or this host (private, loopback, link-local, unique-local, carrier-grade NAT, any-local, multicast)
 * unless the address or host name is allow-listed: a webhook must not become a way to reach internal services.
 * The check resolves the host at the time of sending, so a name that later points inward is caught then.
 */
@ApplicationScoped
public class WebhookPolicy {
    @ConfigProperty(name = "netral.notification.webhook.require-https", defaultValue = "true")
    boolean requireHttps;

    @ConfigProperty(name = "netral.notification.webhook.allowed-internal-hosts")
    Optional<List<String>> allowedInternalHosts;

    /** @return why the endpoint may not be called; empty when it may */
    public Optional<String> refusal(String url) {
        return refusal(url, requireHttps, Set.copyOf(allowedInternalHosts.orElse(List.of())));
    }

    static Optional<String> refusal(String url, boolean requireHttps, Set<String> allowedInternalHosts) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return Optional.of("the webhook URL is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        if (!scheme.equals("https") && (requireHttps || !scheme.equals("http"))) {
            return Optional.of("the webhook URL must use https");
        }
        String host = uri.getHost();
        if (host == null || uri.getUserInfo() != null) {
            return Optional.of("the webhook URL must name a host and no user");
        }
        if (allowedInternalHosts.contains(host)) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return Optional.of("the webhook host " + host + " does not resolve");
        }
        for (InetAddress address : addresses) {
            if (internal(address) && !allowedInternalHosts.contains(address.getHostAddress())) {
                return Optional.of("the webhook host " + host + " resolves to the internal address "
                        + address.getHostAddress() + ", which is not allow-listed");
            }
        }
        return Optional.empty();
    }

    static boolean internal(InetAddress address) {
        byte[] bytes = address.getAddress();
        boolean uniqueLocal = address instanceof Inet6Address && (bytes[0] & 0xfe) == 0xfc;
        boolean carrierGradeNat = bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
        return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocal || carrierGradeNat;
    }
}

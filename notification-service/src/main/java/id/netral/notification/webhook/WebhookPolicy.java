package id.netral.notification.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

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
 * <p>
 * The check resolves the host at the time of sending, so a name that later points inward is caught then; and it hands
 * the addresses it checked to the sender, which connects to those and does not resolve again. Checking one answer and
 * connecting to another would let a hostile DNS server answer a public address to the check and an internal one to
 * the connection. An allow-listed name is resolved too, because the sender needs an address, but any of its addresses
 * is then accepted.
 */
@ApplicationScoped
public class WebhookPolicy {
    @Inject
    WebhookConfig config;

    /** How a host name becomes addresses; tests stand in for DNS with it. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** @return the endpoint with the addresses that may be connected to for this delivery, or why it may not be */
    public WebhookCheck check(String url) {
        return check(url, config.requireHttps(), config.allowedInternalHosts().orElse(Set.of()),
                InetAddress::getAllByName);
    }

    /** @return why the endpoint may not be called; empty when it may */
    public Optional<String> refusal(String url) {
        return check(url) instanceof WebhookCheck.Refused refused ? Optional.of(refused.reason()) : Optional.empty();
    }

    static WebhookCheck check(String url, boolean requireHttps, Set<String> allowedInternalHosts, Resolver resolver) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return new WebhookCheck.Refused("the webhook URL is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        if (!scheme.equals("https") && (requireHttps || !scheme.equals("http"))) {
            return new WebhookCheck.Refused("the webhook URL must use https");
        }
        String host = uri.getHost();
        if (host == null || uri.getUserInfo() != null) {
            return new WebhookCheck.Refused("the webhook URL must name a host and no user");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            addresses = new InetAddress[0];
        }
        if (addresses == null || addresses.length == 0) {
            return new WebhookCheck.Refused("the webhook host " + host + " does not resolve");
        }
        if (!allowedInternalHosts.contains(host)) {
            for (InetAddress address : addresses) {
                if (internal(address) && !allowedInternalHosts.contains(address.getHostAddress())) {
                    return new WebhookCheck.Refused("the webhook host " + host + " resolves to the internal address "
                            + address.getHostAddress() + ", which is not allow-listed");
                }
            }
        }
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return new WebhookCheck.Approved(new WebhookTarget(uri, host, port, List.of(addresses)));
    }

    static boolean internal(InetAddress address) {
        byte[] bytes = address.getAddress();
        boolean uniqueLocal = address instanceof Inet6Address && (bytes[0] & 0xfe) == 0xfc;
        boolean carrierGradeNat = bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
        return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocal || carrierGradeNat;
    }
}

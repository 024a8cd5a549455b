package id.netral.notification.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which webhook endpoints this service may call. Outside dev and test only https; and never an address inside the
 * city's network or this host (private, loopback, link-local, unique-local, carrier-grade NAT, any-local, multicast,
 * IETF protocol assignments 192.0.0.0/24, benchmarking 198.18.0.0/15, and the IPv6 prefixes that carry an IPv4
 * address inside: NAT64 64:ff9b::/96 and 6to4 2002::/16, which a gateway would turn into any inner address), and on no
 * port but 443, unless the address or host name is allow-listed: a webhook must not become a way to reach internal
 * services, nor to knock on their ports.
 * <p>
 * The check resolves the host at the time of sending, so a name that later points inward is caught then; and it hands
 * the addresses it checked to the sender, which connects to those and does not resolve again. Checking one answer and
 * connecting to another would let a hostile DNS server answer a public address to the check and an internal one to
 * the connection. An allow-listed name is resolved too, because the sender needs an address, but any of its addresses
 * is then accepted.
 */
@ApplicationScoped
public class WebhookPolicy {
    private static final int HTTPS_PORT = 443;
    /** 64:ff9b::/96, the well-known NAT64 prefix */
    private static final byte[] NAT64_PREFIX = {0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0};

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
        if (port != HTTPS_PORT && !allowListed(host, addresses, allowedInternalHosts)) {
            return new WebhookCheck.Refused("the webhook URL must use port " + HTTPS_PORT + "; port " + port
                    + " is allowed only for an allow-listed host");
        }
        return new WebhookCheck.Approved(new WebhookTarget(uri, host, port, List.of(addresses)));
    }

    private static boolean allowListed(String host, InetAddress[] addresses, Set<String> allowedInternalHosts) {
        return allowedInternalHosts.contains(host) || Arrays.stream(addresses)
                .allMatch(address -> allowedInternalHosts.contains(address.getHostAddress()));
    }

    static boolean internal(InetAddress address) {
        byte[] bytes = address.getAddress();
        boolean ipv6 = address instanceof Inet6Address;
        boolean uniqueLocal = ipv6 && (bytes[0] & 0xfe) == 0xfc;
        boolean nat64 = ipv6 && startsWith(bytes, NAT64_PREFIX);
        boolean sixToFour = ipv6 && (bytes[0] & 0xff) == 0x20 && (bytes[1] & 0xff) == 0x02;
        boolean carrierGradeNat = bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
        boolean protocolAssignments = bytes.length == 4 && (bytes[0] & 0xff) == 192 && bytes[1] == 0 && bytes[2] == 0;
        boolean benchmarking = bytes.length == 4 && (bytes[0] & 0xff) == 198 && (bytes[1] & 0xfe) == 18;
        return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocal || carrierGradeNat
                || nat64 || sixToFour || protocolAssignments || benchmarking;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}

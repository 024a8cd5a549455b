package id.netral.notification.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;

/**
 * An endpoint {@link WebhookPolicy} let through, with the addresses it checked. The sender connects only to these
 * addresses and never looks the host up again: a second lookup is where a hostile DNS server would answer an internal
 * address after answering a public one to the check (DNS rebinding).
 *
 * @param host      the URL's host as written (an IPv6 literal keeps its brackets), for the Host header, SNI and the
 *                  certificate check
 * @param port      the URL's port, or the scheme's default
 * @param addresses every address the host resolved to at the check, each one allowed; never empty
 */
public record WebhookTarget(URI uri, String host, int port, List<InetAddress> addresses) {
    public WebhookTarget {
        if (addresses.isEmpty()) {
            throw new IllegalArgumentException("a webhook target needs an address to connect to");
        }
        addresses = List.copyOf(addresses);
    }

    public boolean https() {
        return "https".equalsIgnoreCase(uri.getScheme());
    }

    /** What goes on the request line: the path (at least {@code /}) and the query; a fragment is never sent. */
    public String pathAndQuery() {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }
}

package id.netral.notification.followup;

import id.netral.notification.HmacSha256;
import id.netral.notification.Notification;
import id.netral.notification.RecipientRole;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * The acknowledgement link in an OPD head's e-mail: HMAC-SHA256 over the notice id and an expiry, keyed with a secret
 * from configuration that has no production default (the service does not start without one). The link is computed
 * when the mail is sent, from the notice's creation time, so every attempt carries the same link and the stored notice
 * (which officers and auditors can read) does not contain it. It acknowledges once: afterwards it is spent.
 *
 * <p>Without a secret the links are off (mails carry none, the link endpoint refuses every link) rather than signed
 * with a guessable default; a secret shorter than 32 characters stops the service at start.
 */
@ApplicationScoped
public class AcknowledgementLinks {
    public static final String PATH = "/api/v1/acknowledgement-links/";
    /** The console's page for the link (console module, package opd) */
    public static final String CONSOLE_PATH = "/tanda-terima/";
    private static final Logger LOG = Logger.getLogger(AcknowledgementLinks.class);
    private static final int MIN_SECRET_LENGTH = 32;

    @Inject
    AcknowledgementLinkConfig config;
    @Inject
    Clock clock;

    void checkSecret(@Observes StartupEvent start) {
        if (config.secret().isEmpty()) {
            LOG.warn("netral.notification.ack-link.secret is not set: e-mails carry no acknowledgement link");
        } else if (config.secret().get().length() < MIN_SECRET_LENGTH) {
            throw new IllegalStateException("netral.notification.ack-link.secret must have at least "
                    + MIN_SECRET_LENGTH + " characters");
        }
    }

    /**
     * The API link for a notice or reminder to an OPD head, which a program POSTs to (an OPD's webhook receiver);
     * empty for every other notice or without a secret.
     */
    public Optional<String> linkFor(Notification notification) {
        return query(notification).map(query -> config.baseUrl().replaceAll("/+$", "") + PATH + notification.id
                + query);
    }

    /**
     * The e-mail's link: the console's page, where the OPD head acknowledges with one press, signed in or not, and
     * goes on to the follow-up. The same id, expiry and signature as {@link #linkFor}.
     */
    public Optional<String> consoleLinkFor(Notification notification) {
        return query(notification).map(query -> consoleLink(notification.id, query));
    }

    /** The console's page for a link's id and query ({@code ?expires=...&signature=...}), as it came. */
    public String consoleLink(UUID notificationId, String query) {
        return config.consoleUrl().replaceAll("/+$", "") + CONSOLE_PATH + notificationId + query;
    }

    private Optional<String> query(Notification notification) {
        if (config.secret().isEmpty() || notification.recipientRole != RecipientRole.OPD_HEAD
                || !notification.kind.answeredByHead()) {
            return Optional.empty();
        }
        long expires = notification.createdAt.plus(config.validity()).getEpochSecond();
        return Optional.of("?expires=" + expires + "&signature=" + signature(notification.id, expires));
    }

    /** Until when a link is valid, for the text around it. */
    public Instant expiry(Notification notification) {
        return notification.createdAt.plus(config.validity());
    }

    /** @return true when the signature is this service's for the id and expiry, and the expiry has not passed */
    public boolean valid(UUID notificationId, long expires, String signature) {
        // compared as seconds: an expiry far beyond what an Instant holds is simply not expired, and then not signed
        if (config.secret().isEmpty() || signature == null || expires < clock.instant().getEpochSecond()) {
            return false;
        }
        return MessageDigest.isEqual(signature(notificationId, expires).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    private String signature(UUID notificationId, long expires) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(HmacSha256.of(config.secret().orElseThrow(), notificationId + "." + expires));
    }
}

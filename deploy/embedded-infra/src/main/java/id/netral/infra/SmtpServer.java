package id.netral.infra;

import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.function.Consumer;

/** A real SMTP server (GreenMail) that keeps every message it receives, as the OPD heads' mail server would. */
public final class SmtpServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SmtpServer.class);

    private final GreenMail greenMail;

    /** One recipient's copy of an accepted message: a message sent to three addresses is three deliveries. */
    public record Delivery(String recipient, MimeMessage message) {
    }

    private SmtpServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    /** @param port 0 for any free port */
    public static SmtpServer start(int port) {
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort();
        if (port > 0) {
            setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        }
        GreenMail greenMail = new GreenMail(setup);
        greenMail.start();
        return new SmtpServer(greenMail);
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    /**
     * Calls the listener with each recipient's copy as the server stores it, before the sender hears the message was
     * accepted. The server's message list is no stream to follow: it is grouped by recipient, so a message for an
     * earlier recipient lands in the middle of it. A listener that fails is logged and the mail still accepted.
     */
    public void onEachDelivery(Consumer<Delivery> listener) {
        UserManager users = greenMail.getUserManager();
        MessageDeliveryHandler storing = users.getMessageDeliveryHandler();
        users.setMessageDeliveryHandler((message, recipient) -> {
            var mailbox = storing.handle(message, recipient);
            try {
                listener.accept(new Delivery(recipient.getEmail(), message.getMessage()));
            } catch (RuntimeException e) {
                LOG.warn("a delivery listener failed on mail to {}", recipient.getEmail(), e);
            }
            return mailbox;
        });
    }

    /** Every copy in every recipient's mailbox, grouped by recipient (not in the order they arrived). */
    public List<MimeMessage> received() {
        return List.of(greenMail.getReceivedMessages());
    }

    public void purge() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException("cannot empty the mailboxes", e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}

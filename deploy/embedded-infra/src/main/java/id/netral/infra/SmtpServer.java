package id.netral.infra;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

import java.util.List;

/** A real SMTP server (GreenMail) that keeps every message it receives, as the OPD heads' mail server would. */
public final class SmtpServer implements AutoCloseable {
    private final GreenMail greenMail;

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

package id.netral.local;

import id.netral.infra.SmtpServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Shows each e-mail the local SMTP server accepts and keeps it as an .eml file a mail client can open, in a folder
 * per recipient: {@code mailbox/<address>/<message-id>.eml}. It is told of each recipient's copy as the server stores
 * it, so none is skipped. A notice sent again under its Message-ID (notification-service resends after a crash) is
 * one message to its reader, as in a mail client: kept once, and the repeat is shown.
 */
final class Mailbox implements Consumer<SmtpServer.Delivery> {
    private final Path directory;

    Mailbox(Path directory) {
        this.directory = directory;
    }

    // the SMTP server hands over copies from several sessions at once
    @Override
    public synchronized void accept(SmtpServer.Delivery delivery) {
        try {
            MimeMessage message = delivery.message();
            Path folder = directory.resolve(fileName(delivery.recipient()));
            Files.createDirectories(folder);
            Path file = folder.resolve(fileName(messageId(message)) + ".eml");
            if (keepNew(message, file)) {
                System.out.printf("%n[mailbox] To: %s%n[mailbox] Subject: %s%n[mailbox] saved as %s%n",
                        delivery.recipient(), message.getSubject(), file);
            } else {
                System.out.printf("%n[mailbox] To: %s%n[mailbox] Subject: %s%n[mailbox] sent again under the same"
                        + " Message-ID; kept once as %s%n", delivery.recipient(), message.getSubject(), file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            System.out.println("[mailbox] unreadable message to " + delivery.recipient() + ": " + e.getMessage());
        }
    }

    /** Writes the file unless it is there: the data directory keeps the mailbox across runs, the server does not. */
    private static boolean keepNew(MimeMessage message, Path file) throws IOException, MessagingException {
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
            message.writeTo(out);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        }
    }

    // a message without a Message-ID cannot be told from another: each is kept
    private static String messageId(MimeMessage message) throws MessagingException {
        String id = message.getMessageID();
        return id == null ? "no-message-id-" + UUID.randomUUID() : id;
    }

    private static String fileName(String text) {
        return text.replaceAll("[^A-Za-z0-9.@_-]", "");
    }
}

package id.netral.local;

import id.netral.infra.SmtpServer;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Shows each e-mail the local SMTP server receives, and keeps it as an .eml file a mail client can open. The server
 * holds a copy per recipient; one message (one Message-ID) is shown once.
 */
final class Mailbox implements Runnable {
    private final SmtpServer smtp;
    private final Path directory;
    private final Set<String> shownMessageIds = new HashSet<>();
    private int read;

    Mailbox(SmtpServer smtp, Path directory) {
        this.smtp = smtp;
        this.directory = directory;
    }

    @Override
    public void run() {
        List<MimeMessage> received = smtp.received();
        for (; read < received.size(); read++) {
            MimeMessage message = received.get(read);
            try {
                String messageId = String.valueOf(message.getMessageID());
                if (!shownMessageIds.add(messageId)) {
                    continue;
                }
                Files.createDirectories(directory);
                Path file = directory.resolve(messageId.replaceAll("[^A-Za-z0-9.@-]", "") + ".eml");
                try (OutputStream out = Files.newOutputStream(file)) {
                    message.writeTo(out);
                }
                System.out.printf("%n[mailbox] To: %s%n[mailbox] Subject: %s%n[mailbox] saved as %s%n",
                        addresses(message.getRecipients(MimeMessage.RecipientType.TO)), message.getSubject(), file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (MessagingException e) {
                System.out.println("[mailbox] unreadable message: " + e.getMessage());
            }
        }
    }

    private static String addresses(Address[] addresses) {
        return addresses == null ? "-" : Arrays.stream(addresses).map(Address::toString)
                .collect(Collectors.joining(", "));
    }
}

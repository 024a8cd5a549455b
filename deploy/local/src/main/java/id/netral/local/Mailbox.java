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
import java.util.List;
import java.util.stream.Collectors;

/** Shows each e-mail the local SMTP server receives, and keeps it as an .eml file a mail client can open. */
final class Mailbox implements Runnable {
    private final SmtpServer smtp;
    private final Path directory;
    private int shown;

    Mailbox(SmtpServer smtp, Path directory) {
        this.smtp = smtp;
        this.directory = directory;
    }

    @Override
    public void run() {
        List<MimeMessage> received = smtp.received();
        for (; shown < received.size(); shown++) {
            MimeMessage message = received.get(shown);
            try {
                Files.createDirectories(directory);
                Path file = directory.resolve(String.format("%04d.eml", shown + 1));
                try (OutputStream out = Files.newOutputStream(file)) {
                    message.writeTo(out);
                }
                System.out.printf("%n[mailbox] To: %s%n[mailbox] Cc: %s%n[mailbox] Subject: %s%n[mailbox] saved as %s%n",
                        addresses(message.getRecipients(MimeMessage.RecipientType.TO)),
                        addresses(message.getRecipients(MimeMessage.RecipientType.CC)), message.getSubject(), file);
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

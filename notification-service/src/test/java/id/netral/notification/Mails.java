package id.netral.notification;

import id.netral.infra.EmbeddedInfraResource;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the shared SMTP server received, read the way the tests ask about it. */
public final class Mails {
    private Mails() {
    }

    /**
     * Every letter names its case by its register number ("Nomor register perkara"), and no letter of another case
     * does; none before the case's first letter is written.
     */
    public static List<MimeMessage> about(UUID reportId) {
        Optional<String> register = register(reportId);
        return register.map(number -> EmbeddedInfraResource.smtp().received().stream()
                .filter(mail -> text(mail).contains("Nomor register perkara : " + number + "\n")).toList())
                .orElse(List.of());
    }

    /** The letter number (nomor surat) of a notification. */
    public static String letterNumber(String notificationId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("SELECT letter_number FROM notification WHERE id = ?1")
                .setParameter(1, UUID.fromString(notificationId)).getSingleResult());
    }

    /** The register number this service gave the case with its first letter. */
    public static Optional<String> register(UUID reportId) {
        return QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("SELECT number FROM case_register WHERE report_id = ?1", String.class)
                .setParameter(1, reportId).getResultStream().findFirst().map(String.class::cast));
    }

    public static List<MimeMessage> to(String address, UUID reportId) {
        return about(reportId).stream().filter(mail -> address.equals(to(mail))).toList();
    }

    /** The mail's text, lines ending in a newline. */
    public static String text(MimeMessage mail) {
        try {
            Object content = mail.getContent();
            if (content instanceof Multipart parts) {
                // the letter's text, beside its PDF
                for (int i = 0; i < parts.getCount(); i++) {
                    BodyPart part = parts.getBodyPart(i);
                    if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                        content = part.getContent();
                        break;
                    }
                }
            }
            // SMTP carries lines ending in CRLF: read as the letter was written
            return ((String) content).replace("\r\n", "\n");
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException("unreadable mail", e);
        }
    }

    /** The attachment of a mail with its file name and bytes; empty when it has none. */
    public static Optional<Attachment> attachment(MimeMessage mail) {
        try {
            if (!(mail.getContent() instanceof Multipart parts)) {
                return Optional.empty();
            }
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                    return Optional.of(new Attachment(part.getFileName(), part.getContentType(),
                            part.getInputStream().readAllBytes()));
                }
            }
            return Optional.empty();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException("unreadable mail", e);
        }
    }

    public record Attachment(String fileName, String contentType, byte[] bytes) {
    }

    public static String subject(MimeMessage mail) {
        return read(mail, MimeMessage::getSubject);
    }

    public static String messageId(MimeMessage mail) {
        return read(mail, MimeMessage::getMessageID);
    }

    /** The one addressee: every notice goes to one recipient. */
    public static String to(MimeMessage mail) {
        return read(mail, each -> ((InternetAddress) each.getRecipients(Message.RecipientType.TO)[0]).getAddress());
    }

    private interface Field {
        String of(MimeMessage mail) throws MessagingException;
    }

    private static String read(MimeMessage mail, Field field) {
        try {
            return field.of(mail);
        } catch (MessagingException e) {
            throw new IllegalStateException("unreadable mail", e);
        }
    }
}

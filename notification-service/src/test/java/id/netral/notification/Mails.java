package id.netral.notification;

import id.netral.infra.EmbeddedInfraResource;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

/** What the shared SMTP server received, read the way the tests ask about it. */
public final class Mails {
    private Mails() {
    }

    /** Every letter names its case ("Nomor perkara"), and no letter of another case does. */
    public static List<MimeMessage> about(UUID reportId) {
        return EmbeddedInfraResource.smtp().received().stream()
                .filter(mail -> text(mail).contains("Nomor perkara       : " + reportId)).toList();
    }

    public static List<MimeMessage> to(String address, UUID reportId) {
        return about(reportId).stream().filter(mail -> address.equals(to(mail))).toList();
    }

    public static String text(MimeMessage mail) {
        try {
            return (String) mail.getContent();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException("unreadable mail", e);
        }
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

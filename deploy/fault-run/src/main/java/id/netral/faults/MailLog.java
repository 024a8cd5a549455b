package id.netral.faults;

import id.netral.infra.SmtpServer;
import id.netral.local.Letters;
import jakarta.mail.MessagingException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Every recipient's copy of every e-mail the SMTP server accepted, by the accused's NIP its letter names. */
final class MailLog implements Consumer<SmtpServer.Delivery> {
    private final List<Mail> mails = new CopyOnWriteArrayList<>();

    record Mail(String employeeId, String recipient, String messageId) {
    }

    @Override
    public void accept(SmtpServer.Delivery delivery) {
        try {
            mails.add(new Mail(Letters.employeeId(delivery.message()).orElse(""), delivery.recipient(),
                    delivery.message().getMessageID()));
        } catch (MessagingException e) {
            mails.add(new Mail("", delivery.recipient(), null));
        }
    }

    /** For one accused: each recipient's distinct Message-IDs (a mail client shows one per Message-ID). */
    Map<String, Set<String>> messageIdsByRecipient(String employeeId) {
        return mails.stream().filter(mail -> mail.employeeId().equals(employeeId))
                .collect(Collectors.groupingBy(Mail::recipient,
                        Collectors.mapping(mail -> String.valueOf(mail.messageId()), Collectors.toSet())));
    }

    /** For one accused: how many copies arrived, a mail sent again under its Message-ID counted each time. */
    int deliveries(String employeeId) {
        return (int) mails.stream().filter(mail -> mail.employeeId().equals(employeeId)).count();
    }

    /** Mails whose subject names no accused: none are expected during the run. */
    Map<String, Integer> unattributed() {
        Map<String, Integer> byRecipient = new HashMap<>();
        mails.stream().filter(mail -> mail.employeeId().isEmpty())
                .forEach(mail -> byRecipient.merge(mail.recipient(), 1, Integer::sum));
        return byRecipient;
    }
}

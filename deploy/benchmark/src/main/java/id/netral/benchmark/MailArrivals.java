package id.netral.benchmark;

import id.netral.infra.SmtpServer;
import id.netral.local.Letters;
import jakarta.mail.MessagingException;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Every letter the SMTP server accepts, noted as it is stored: when the first letter about each civil servant (by NIP)
 * reached the OPD head, and how many copies each recipient got about each. Told by the server itself rather than read
 * back from its mailboxes in a poll, so a time is not late by a poll interval and no letter is parsed twice.
 */
final class MailArrivals implements Consumer<SmtpServer.Delivery> {
    private final Map<String, Long> toOpdHead = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> perRecipientAndNip = new ConcurrentHashMap<>();

    @Override
    public void accept(SmtpServer.Delivery delivery) {
        long arrived = System.nanoTime();
        Letters.employeeId(delivery.message()).ifPresent(nip -> {
            perRecipientAndNip.computeIfAbsent(delivery.recipient() + " " + nip, key -> new AtomicInteger())
                    .incrementAndGet();
            if (!isCopy(delivery)) {
                toOpdHead.putIfAbsent(nip, arrived);
            }
        });
    }

    /** The copies (tembusan) to the PPK, BKPPD and the Inspectorate say so in their subject. */
    private static boolean isCopy(SmtpServer.Delivery delivery) {
        try {
            String subject = delivery.message().getSubject();
            return subject == null || subject.startsWith("Tembusan");
        } catch (MessagingException e) {
            return true;
        }
    }

    /** When the OPD head's letter about this civil servant arrived ({@link System#nanoTime()}), if it has. */
    Long toOpdHead(String nip) {
        return toOpdHead.get(nip);
    }

    int opdHeadLetters() {
        return toOpdHead.size();
    }

    /** Letters beyond the first that one recipient got about one civil servant: 0 when nothing was sent twice. */
    int repeats() {
        return perRecipientAndNip.values().stream().mapToInt(count -> count.get() - 1).sum();
    }
}

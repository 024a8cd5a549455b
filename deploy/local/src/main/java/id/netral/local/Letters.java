package id.netral.local;

import jakarta.mail.Multipart;
import jakarta.mail.Part;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Netral's letters as a mail client shows them. A letter's subject travels in clear and names no one (its Hal and
 * the case's register number), so whom a letter is about is read from its text: the NIP line of the letter.
 */
public final class Letters {
    private static final Pattern NIP = Pattern.compile("NIP/NI PPPK\\s*:\\s*(\\d{18})");

    private Letters() {
    }

    /** The text of a message, its transfer encoding undone, every text part of a multipart one together. */
    public static String text(Part part) throws Exception {
        Object content = part.getContent();
        if (content instanceof String text) {
            return text;
        }
        StringBuilder text = new StringBuilder();
        if (content instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                text.append(text(parts.getBodyPart(i)));
            }
        }
        return text.toString();
    }

    /** The NIP of the civil servant a letter is about, when it names one. */
    public static Optional<String> employeeId(Part letter) {
        try {
            Matcher nip = NIP.matcher(text(letter));
            return nip.find() ? Optional.of(nip.group(1)) : Optional.empty();
        } catch (Exception unreadable) {
            return Optional.empty();
        }
    }
}

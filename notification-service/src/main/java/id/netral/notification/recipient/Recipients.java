package id.netral.notification.recipient;

import id.netral.notification.directory.Opd;
import id.netral.notification.directory.StandingRecipient;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rule that no message about a case ever reaches the accused. A message to an office whose head, at the moment it
 * is written, is the accused goes to that office's superior instead (the Sekda's office; the PPK's for the Sekda);
 * several messages sent together reach each office once; where no superior is left (the accused is the PPK), it goes
 * to nobody and says so. The head is looked up at that moment in the effective-dated appointments, each time a message
 * is written: a head appointed after the recommendation is checked at the reminder, a head who left blocks nobody.
 */
public final class Recipients {
    /** PPK ← Sekda ← any head: no chain in the directory is longer */
    private static final int LONGEST_CHAIN = 3;

    private Recipients() {
    }

    /** Who a message to the head of {@code office} written at {@code at} goes to. */
    public static Addressee of(Opd office, String accusedEmployeeId, Instant at) {
        Opd current = office;
        for (int step = 0; step < LONGEST_CHAIN; step++) {
            HeadInOffice head = HeadInOffice.of(current, at);
            if (!head.is(accusedEmployeeId)) {
                return new Addressee.Head(current, head, current == office ? null : office);
            }
            Optional<Opd> superior = StandingRecipient.superiorOf(current);
            if (superior.isEmpty()) {
                return new Addressee.NoOneElse(current);
            }
            current = superior.get();
        }
        return new Addressee.NoOneElse(current);
    }

    /**
     * Who each of several messages of one case, sent together, goes to. A message that reaches its own office goes,
     * as before; one sent on to a superior whose office already receives one of them (or one in {@code reached}, from
     * earlier) is {@link Addressee.AlreadyReached}, so that the superior does not get the same letter twice.
     *
     * @param reached the offices that received this kind of message of the case earlier
     */
    public static <K> Map<K, Addressee> together(Map<K, Opd> offices, String accusedEmployeeId, Instant at,
                                                 Set<String> reached) {
        Map<K, Addressee> resolved = new LinkedHashMap<>();
        offices.forEach((key, office) -> resolved.put(key, of(office, accusedEmployeeId, at)));
        // first every office reached directly, then the superiors, in order: a superior told once is not told again
        Set<String> told = new HashSet<>(reached);
        resolved.values().forEach(addressee -> {
            if (addressee instanceof Addressee.Head head && !head.redirected()) {
                told.add(head.office().code);
            }
        });
        resolved.replaceAll((key, addressee) -> {
            if (addressee instanceof Addressee.Head head && head.redirected() && !told.add(head.office().code)) {
                return new Addressee.AlreadyReached(head.insteadOf(), head.office());
            }
            return addressee;
        });
        return resolved;
    }
}

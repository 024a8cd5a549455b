package id.netral.report.intake;

import java.security.SecureRandom;

/**
 * Tracking codes a reporter can read aloud over the phone: 12 symbols of an alphabet without look-alikes (no 0/O,
 * 1/I/L, U), in three groups, 60 random bits, so that guessing one is hopeless.
 */
final class TrackingCodes {
    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCodes() {
    }

    static String next() {
        StringBuilder code = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }
}

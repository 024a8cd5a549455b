package id.netral.report.intake;

import java.security.SecureRandom;

/**
 * Tracking codes a reporter can read aloud over the phone: 15 symbols of an alphabet without look-alikes (no 0/O,
 * 1/I/L, U), in three groups of five, so that guessing one is hopeless. 30 symbols carry log2(30) = 4.9 bits each: 12
 * of them, as before, gave 58.9 bits, short of the 60 promised; 15 give 73.6.
 */
final class TrackingCodes {
    static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    static final int SYMBOLS = 15;
    private static final int GROUP = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCodes() {
    }

    static String next() {
        StringBuilder code = new StringBuilder(SYMBOLS + SYMBOLS / GROUP);
        for (int i = 0; i < SYMBOLS; i++) {
            if (i > 0 && i % GROUP == 0) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }
}

package id.netral.report.evidence;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a file really is, from its first bytes (its magic number), whatever the sender declared: a file named and
 * declared as a photo may be a program or an HTML page that a browser would run.
 */
final class FileSignatures {
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] PDF = ascii("%PDF-");
    private static final byte[] RIFF = ascii("RIFF");
    private static final byte[] WEBP = ascii("WEBP");
    private static final byte[] FTYP = ascii("ftyp");

    private FileSignatures() {
    }

    /** @return the media type the content is, or empty when it is none of the evidence types known here */
    static Optional<String> mediaTypeOf(byte[] content) {
        if (startsWith(content, 0, JPEG)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, 0, PNG)) {
            return Optional.of("image/png");
        }
        if (startsWith(content, 0, PDF)) {
            return Optional.of("application/pdf");
        }
        if (startsWith(content, 0, RIFF) && startsWith(content, 8, WEBP)) {
            return Optional.of("image/webp");
        }
        // ISO base media file: a box size, then "ftyp" and the brand
        if (startsWith(content, 4, FTYP)) {
            return Optional.of("video/mp4");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, int offset, byte[] signature) {
        return content.length >= offset + signature.length
                && Arrays.equals(content, offset, offset + signature.length, signature, 0, signature.length);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}

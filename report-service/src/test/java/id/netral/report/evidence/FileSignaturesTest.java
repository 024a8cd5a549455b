package id.netral.report.evidence;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileSignaturesTest {
    @Test
    void eachEvidenceTypeIsKnownByItsFirstBytes() {
        assertThat(FileSignatures.mediaTypeOf(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10))).contains("image/jpeg");
        assertThat(FileSignatures.mediaTypeOf(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0))).contains("image/png");
        assertThat(FileSignatures.mediaTypeOf(ascii("RIFF\u0024\0\0\0WEBPVP8 "))).contains("image/webp");
        assertThat(FileSignatures.mediaTypeOf(ascii("\0\0\0\u0018ftypmp42"))).contains("video/mp4");
        assertThat(FileSignatures.mediaTypeOf(ascii("%PDF-1.7\n"))).contains("application/pdf");
    }

    @Test
    void anythingElseOrTooShortIsNoEvidenceType() {
        assertThat(FileSignatures.mediaTypeOf(ascii("<html><script>"))).isEmpty();
        assertThat(FileSignatures.mediaTypeOf(ascii("MZ\u0090\0"))).isEmpty();
        assertThat(FileSignatures.mediaTypeOf(ascii("RIFF\0\0\0\0WAVE"))).isEmpty();
        assertThat(FileSignatures.mediaTypeOf(bytes(0x89, 'P', 'N'))).isEmpty();
        assertThat(FileSignatures.mediaTypeOf(new byte[0])).isEmpty();
    }

    @Test
    void aReportWithRoomTakesTheFileAndAFullOneNamesTheLimitItReached() {
        EvidenceQuota quota = new EvidenceQuota(20, 100);
        quota.checkRoomFor(19, 60, 40);
        assertThatThrownBy(() -> quota.checkRoomFor(20, 0, 1)).hasMessageContaining("20 files");
        assertThatThrownBy(() -> quota.checkRoomFor(3, 60, 41)).hasMessageContaining("100 bytes");
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}

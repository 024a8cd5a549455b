package id.netral.notification.message;

/**
 * The parts of a naskah dinas around its text: number, date, sifat, lampiran, hal, the case's register number, and who
 * signs. Every letter of this service carries one.
 *
 * @param signerNote why the signer is not confirmed (taken from configuration, not the directory); null when the
 *                   directory names them
 * @param signerNip  the signer's NIP, from the directory's head or configuration; null when neither has it
 */
public record Letterhead(String number, String date, String sifat, String lampiran, String hal, String register,
                         String signerName, String signerPosition, String signerNote, String signerNip) {
}

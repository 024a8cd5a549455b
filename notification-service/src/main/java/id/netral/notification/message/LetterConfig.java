package id.netral.notification.message;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import java.util.Optional;

/**
 * How the service's letters are numbered and signed, as a naskah dinas of BKPPD Kota Kupang (Permendagri on tata naskah
 * dinas). A wrong value stops the service at start.
 */
@ConfigMapping(prefix = "netral.notification.letter")
public interface LetterConfig {
    /**
     * The letter number's pattern: {kode} the classification code, {seq} the number within the year, {unit} the
     * issuing unit's code, {bulan-romawi} the month in Roman numerals, {tahun} the year.
     */
    @Pattern(regexp = ".*\\{seq}.*", message = "must contain {seq}")
    @Pattern(regexp = ".*\\{tahun}.*", message = "must contain {tahun}: the sequence starts again every year")
    String numberFormat();

    /** The archive classification code (kode klasifikasi arsip) of the letters. */
    @NotBlank
    String classificationCode();

    /** The issuing unit's code in the letter number. */
    @NotBlank
    String unitCode();

    /** The case register number's pattern, with {seq} and {tahun}. */
    @Pattern(regexp = ".*\\{seq}.*\\{tahun}.*|.*\\{tahun}.*\\{seq}.*", message = "must contain {seq} and {tahun}")
    String registerFormat();

    /** The letters' security classification (sifat); discipline and ethics matters are confidential. */
    @WithDefault("Rahasia")
    @NotBlank
    String sifat();

    /** The directory office whose head signs the letters (BKPPD). */
    @NotBlank
    String signingOffice();

    /** The office whose head signs when the signing office's head is the accused (the Sekda, their superior). */
    @NotBlank
    String substituteSigningOffice();

    /** The signer's name when the directory has none for the signing office's head. */
    Optional<String> signerName();

    /** The signer's NIP, printed under their name, when the directory has no head for the signing office. */
    Optional<String> signerNip();

    /** The signer's position when the directory has no head for the signing office. */
    Optional<String> signerPosition();

    /** The number of the Perwali binding PTT/honorer staff to neutrality; absent while it is not known. */
    Optional<String> nonAsnRegulation();
}

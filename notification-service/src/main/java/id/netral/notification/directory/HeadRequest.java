package id.netral.notification.directory;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * An appointment of a head.
 *
 * @param title     the office as a letter addresses it ("Kepala Dinas ...", "Camat ..."), not the person
 * @param validFrom when the appointment takes effect; now when absent
 */
public record HeadRequest(@Size(max = 200) String name, @NotBlank @Size(max = 300) String title,
                          @NotBlank @Email @Size(max = 254) String email,
                          @Pattern(regexp = "\\+?[0-9 -]{6,20}") String phone, Instant validFrom) {
}

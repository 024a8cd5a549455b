package id.netral.notification.directory;

import id.netral.kit.problem.PlainText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/**
 * An appointment of a head.
 *
 * @param employeeId the head's NIP (18 digits), optional; without it a case against the head cannot be recognised as
 *                   one, and its notice would go to the head's own office instead of to their superior
 * @param title     the office as a letter addresses it ("Kepala Dinas ...", "Camat ..."), not the person
 * @param validFrom when the appointment takes effect; now when absent
 */
public record HeadRequest(@Size(max = 200) @PlainText @Schema(examples = SampleOpd.HEAD_NAME) String name,
                          @NotBlank @Size(max = 300) @PlainText
                          @Schema(examples = SampleOpd.HEAD_TITLE) String title,
                          @NotBlank @Email @Size(max = 254) @PlainText String email,
                          @Pattern(regexp = "\\+?[0-9 -]{6,20}") String phone, Instant validFrom,
                          @Pattern(regexp = "[0-9]{18}", message = "must be 18 digits (NIP)") String employeeId) {
}

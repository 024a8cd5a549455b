package id.netral.sanction.recommendation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * The PPK's decision as its decree records it.
 *
 * @param imposedSanction must be one of the recommendation's allowed sanctions
 */
public record Decision(
        @NotBlank(message = "is required: the number of the PPK's decree") @Size(max = 100) String decreeNumber,
        @NotNull(message = "is required: the date of the PPK's decree") LocalDate decreeDate,
        @NotBlank(message = "is required: the sanction the decree imposes") @Size(max = 40) String imposedSanction) {
}

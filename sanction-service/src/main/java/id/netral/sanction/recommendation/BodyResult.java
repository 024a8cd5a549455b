package id.netral.sanction.recommendation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/**
 * The examining body's result as its letter states it: KASN's recommendation (until 23 Aug 2024) or BKN's examination
 * result (laporan hasil pemeriksaan, from 24 Aug 2024), which reaches the PPK and is processed by BKPPD.
 *
 * @param recommendedSanction the sanction the body recommends, as a code of the recommendation's catalogue (B2, S1,
 *                            MORAL_OPEN, ...)
 */
public record BodyResult(
        @NotBlank(message = "is required: the number of the body's letter") @Size(max = 100)
        @Schema(example = "LHP-0451/NETRALITAS/X/2024") String resultNumber,
        @NotNull(message = "is required: the date of the body's letter")
        @Schema(example = "2024-10-18") LocalDate resultDate,
        @NotBlank(message = "is required: the sanction the body recommends") @Size(max = 40)
        @Schema(example = "B2") String recommendedSanction) {
}

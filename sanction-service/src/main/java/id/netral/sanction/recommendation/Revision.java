package id.netral.sanction.recommendation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A BKPPD officer's revision. Naming a row re-reads the catalogue for it (track, level, allowed sanctions, legal
 * basis); naming a sanction picks another one of the allowed list. At least one of the two, and always a reason.
 *
 * @param violationKind       the SKB row that fits the case (e.g. a D13 case placed on D8); optional
 * @param recommendedSanction one of the allowed sanctions (of the new row, if one is named); optional
 */
public record Revision(
        @Pattern(regexp = "E[1-7]|D([1-9]|1[0-3])", message = "must be an SKB 2022 row, E1-E7 or D1-D13")
        String violationKind,
        @Size(max = 40) String recommendedSanction,
        @NotBlank(message = "is required: why the recommendation is revised") @Size(max = 2000) String reason) {
}

package id.netral.sanction.recommendation;

import id.netral.kit.problem.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * The PPK's decision as its decree records it: a sanction imposed, or none because the violation was not proven at the
 * city (tidak terbukti) or the proceedings were cancelled (dibatalkan), which the Kemendagri figures count too.
 *
 * @param outcome         SANCTIONED when absent
 * @param imposedSanction must be one of the recommendation's allowed sanctions when SANCTIONED; none otherwise
 * @param reason          why no sanction is imposed: required when NOT_PROVEN or CANCELLED
 */
public record Decision(
        @NotBlank(message = "is required: the number of the PPK's decree") @Size(max = 100) String decreeNumber,
        @NotNull(message = "is required: the date of the PPK's decree") LocalDate decreeDate,
        @Size(max = 40) String imposedSanction,
        DecisionOutcome outcome,
        @Size(max = 2000) @PlainText(lineBreaks = true) String reason) {

    public DecisionOutcome outcomeOrSanctioned() {
        return outcome == null ? DecisionOutcome.SANCTIONED : outcome;
    }
}

package id.netral.notification.followup;

import id.netral.kit.problem.PlainText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/**
 * A step of the procedure as the OPD head records it, with its document: the surat panggilan, the BAP, the decision
 * forming the examination team or the Majelis Kode Etik, the proposal, the receipt of the delivered decision, the
 * civil servant's letter of objection, or BKN's letter on blocking the record.
 */
public record FollowUpRequest(@NotNull FollowUpStep step,
                              @Size(max = 2000) @PlainText(lineBreaks = true)
                              @Schema(examples = "Yang bersangkutan dipanggil untuk pemeriksaan pada 14 Oktober 2024.")
                              String note,
                              @Size(max = 100) @PlainText @Schema(examples = "800/123/BKPPD/2024") String documentNumber,
                              LocalDate documentDate) {
}

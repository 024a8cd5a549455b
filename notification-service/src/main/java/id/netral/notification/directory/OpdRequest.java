package id.netral.notification.directory;

import id.netral.kit.problem.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new OPD, kelurahan office or other unit, with its first head.
 *
 * @param regionCode for a Camat's or Lurah's office, the Kemendagri code of the kecamatan or kelurahan it serves
 */
public record OpdRequest(@NotBlank @Pattern(regexp = "[A-Z0-9-]{2,40}") @Schema(examples = "DISPERKIM") String code,
                         @NotBlank @Size(max = 300) @PlainText @Schema(examples = SampleOpd.NAME) String name,
                         @NotNull @Valid HeadRequest head,
                         @Pattern(regexp = OfficeChange.REGION_CODE, message = OfficeChange.REGION_CODE_MESSAGE)
                         String regionCode) {
}

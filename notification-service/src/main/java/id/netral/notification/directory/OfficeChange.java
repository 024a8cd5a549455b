package id.netral.notification.directory;

import id.netral.kit.problem.PlainText;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A change to an office: a new name when the city renames it, the region a Camat's or Lurah's office serves. Absent
 * fields stay as they are.
 *
 * @param regionCode the Kemendagri code of the kecamatan (53.71.0X) or kelurahan (53.71.0X.1XXX)
 */
public record OfficeChange(@Size(min = 2, max = 300) @PlainText @Schema(examples = SampleOpd.NAME) String name,
                           @Pattern(regexp = OfficeChange.REGION_CODE, message = OfficeChange.REGION_CODE_MESSAGE)
                           String regionCode) {
    static final String REGION_CODE = "53\\.71\\.0[1-6](\\.1[0-9]{3})?";
    static final String REGION_CODE_MESSAGE = "must be a Kemendagri code of Kota Kupang: 53.71.0X or 53.71.0X.1XXX";
}

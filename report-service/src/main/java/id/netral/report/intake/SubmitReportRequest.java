package id.netral.report.intake;

import id.netral.report.SampleCase;
import id.netral.events.EmploymentType;
import id.netral.kit.problem.PlainText;
import id.netral.report.ViolationKinds;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** What a partner app sends to open a case (system.md, step 1). */
public record SubmitReportRequest(
        @Valid @Schema(description = "Without a reporter the submission is kept as information a supervisor may "
                + "take up as a finding (temuan), not registered as a report") Reporter reporter,
        @NotNull @Valid Accused accused,
        @NotNull @Valid Incident incident,
        @Size(max = 20) List<@NotNull @Valid Evidence> evidence,
        @Valid @Schema(description = "When Bawaslu received the report, if earlier than this submission (a report "
                + "handed in at the office on paper and typed in later): the reporting window counts to this day")
        Received received) {

    @Schema(name = "Received")
    public record Received(
            @NotNull @Schema(description = "The day Bawaslu received the report; not in the future, not before the "
                    + "act", example = "2024-10-03") LocalDate on,
            @NotBlank @Size(max = 200) @PlainText @Schema(description = "Who vouches for that day (the officer who "
                    + "took the report in, with the receipt's number if any)",
                    example = "Leonardus L. Liwun, tanda terima 012/LP/PW/Kota/19.04/X/2024") String vouchedBy) {
    }

    @Schema(description = "Who reports. Never shown to the accused's OPD and never sent in any event.")
    public record Reporter(
            @NotBlank @Size(max = 200) @PlainText @Schema(example = "Maria Ndun") String name,
            @NotBlank @Size(max = 200) @PlainText @Schema(example = "0812-3456-7890") String contact,
            @Pattern(regexp = "\\d{16}", message = "must be 16 digits") @Schema(example = "5371046512900002")
            String nik,
            @Schema(description = "The reporter asks that their identity be kept confidential") boolean confidential) {
    }

    @Schema(name = "Accused")
    public record Accused(
            @Schema(description = "NIP (PNS) or NI PPPK, 18 digits; may be empty for NON_ASN staff",
                    example = "198609262015051001") @PlainText String employeeId,
            @NotBlank @Size(max = 200) @PlainText @Schema(example = "Yohanes Bria") String name,
            @NotNull EmploymentType employmentType,
            @NotBlank @Pattern(regexp = "[A-Z0-9-]{2,40}", message = "must be an OPD code such as DISPERKIM")
            @Schema(example = "DISPERKIM") String opdCode,
            @Size(max = 200) @PlainText @Schema(example = "Kepala Seksi Perumahan") String position) {
    }

    @Schema(name = "Incident")
    public record Incident(
            @NotBlank @PlainText @Schema(example = "PILKADA-2024") String electionId,
            @NotNull @Schema(description = "The day of the act", example = "2024-10-01") LocalDate date,
            @NotNull @Schema(description = "The day the reporter learnt of it", example = "2024-10-02")
            LocalDate knownDate,
            @NotBlank @Schema(description = "Kemendagri code of the kelurahan in Kota Kupang",
                    example = "53.71.04.1009") @PlainText String kelurahanCode,
            @NotBlank @Size(max = 5000) @PlainText(lineBreaks = true)
            @Schema(examples = SampleCase.INCIDENT)
            String description,
            @Pattern(regexp = ViolationKinds.PATTERN, message = ViolationKinds.INVALID)
            @Schema(description = "SKB 2022 kind of act, if the reporter knows it", example = "D2")
            String suspectedKind) {
    }

    @Schema(name = "Evidence")
    public record Evidence(
            @NotBlank @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) link")
            @PlainText @Schema(examples = SampleCase.EVIDENCE_URL) String url,
            @Pattern(regexp = "[0-9a-f]{64}", message = "must be a lower-case hex SHA-256") String sha256,
            @Size(max = 500) @PlainText(lineBreaks = true) @Schema(examples = SampleCase.EVIDENCE)
            String description) {
    }
}

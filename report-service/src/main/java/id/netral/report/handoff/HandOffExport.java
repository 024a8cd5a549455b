package id.netral.report.handoff;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A verified case in the shape the SBT/SIGAPLAPOR channel takes, so the verifier copies it instead of retyping it:
 * the neutrality category, the reported person by NIP (what SBT asks first), the act, place and time, the evidence,
 * Bawaslu's finding and its forwarding. Values are words in Bahasa Indonesia. Never the reporter: the reporter's
 * identity does not leave report-service, not even in an export.
 *
 * @param fieldListStatus how sure the field list is (UNCONFIRMED: no published SBT field list was found)
 * @param forwarding      absent until Bawaslu's forwarding is recorded
 */
@Schema(name = "HandOffExport")
public record HandOffExport(UUID reportId, String category, String fieldListStatus, ReportedPerson reportedPerson,
                            Incident incident, List<Evidence> evidence, Finding finding,
                            @JsonInclude(JsonInclude.Include.NON_NULL) Forwarding forwarding, String reporterNote) {

    /** @param idKind "NIP" or "NI PPPK", or "tidak ada" for non-ASN staff without a number */
    @Schema(name = "HandOffReportedPerson")
    public record ReportedPerson(String idKind, String employeeId, String name, String employment, String agency,
                                 String opdCode, String position) {
    }

    @Schema(name = "HandOffIncident")
    public record Incident(String election, LocalDate date, String dateWords, String kecamatan, String kelurahan,
                           String description) {
    }

    @Schema(name = "HandOffEvidence")
    public record Evidence(String url, String sha256, String description) {
    }

    /** @param violation the SKB 2022 row with its act in words */
    @Schema(name = "HandOffFinding")
    public record Finding(String violation, LocalDate verifiedOn, String verifiedOnWords, String verifiedBy) {
    }

    @Schema(name = "HandOffForwarding")
    public record Forwarding(String receiver, String channel, LocalDate forwardedOn, String forwardedOnWords,
                             String letterNumber, String forwardedBy) {
    }
}

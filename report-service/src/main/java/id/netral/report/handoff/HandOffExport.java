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
public record HandOffExport(UUID reportId,
                            @Schema(examples = "Pelanggaran netralitas ASN dalam pemilihan") String category,
                            @Schema(examples = "UNCONFIRMED") String fieldListStatus, ReportedPerson reportedPerson,
                            Incident incident, List<Evidence> evidence, Finding finding,
                            @JsonInclude(JsonInclude.Include.NON_NULL) Forwarding forwarding,
                            @Schema(examples = "Identitas pelapor tidak disertakan; pelapor dapat dihubungi melalui "
                                    + "Bawaslu Kota Kupang.") String reporterNote) {

    /** @param idKind "NIP" or "NI PPPK", or "tidak ada" for non-ASN staff without a number */
    @Schema(name = "HandOffReportedPerson")
    public record ReportedPerson(@Schema(examples = "NIP") String idKind, String employeeId,
                                 @Schema(examples = "Yohanes Bria") String name,
                                 @Schema(examples = "Pegawai Negeri Sipil (PNS)") String employment,
                                 @Schema(examples = "Dinas Perumahan dan Kawasan Permukiman Kota Kupang") String agency,
                                 String opdCode, String position) {
    }

    @Schema(name = "HandOffIncident")
    public record Incident(@Schema(examples = "Pemilihan Wali Kota dan Wakil Wali Kota Kupang 2024") String election,
                           LocalDate date, @Schema(examples = "14 Oktober 2024") String dateWords,
                           @Schema(examples = "Oebobo") String kecamatan, @Schema(examples = "Fatululi") String kelurahan,
                           @Schema(examples = "Mengunggah foto pasangan calon dengan tulisan \"Gas\" di akun Facebook "
                                   + "pribadi.") String description) {
    }

    @Schema(name = "HandOffEvidence")
    public record Evidence(@Schema(examples = "https://netral.kupangkota.go.id/api/v1/reports/"
                                   + "0b7d9d1e-3c3f-4f43-9a6a-3e2f8c1d2a10/attachments/"
                                   + "5c2e1f0a-7b3d-4e8f-9a1b-2c3d4e5f6a7b") String url,
                           String sha256, @Schema(examples = "tangkapan-layar-unggahan.png (image/png, 182 KB)")
                           String description) {
    }

    /** @param violation the SKB 2022 row with its act in words */
    @Schema(name = "HandOffFinding")
    public record Finding(@Schema(examples = "SKB 2022 baris D2: Sosialisasi atau kampanye di media sosial atau online "
                                  + "bakal calon") String violation,
                          LocalDate verifiedOn, @Schema(examples = "16 Oktober 2024") String verifiedOnWords,
                          String verifiedBy) {
    }

    @Schema(name = "HandOffForwarding")
    public record Forwarding(@Schema(examples = "Badan Kepegawaian Negara (BKN)") String receiver,
                             @Schema(examples = "SBT (sistem pengaduan BKN)") String channel, LocalDate forwardedOn,
                             @Schema(examples = "18 Oktober 2024") String forwardedOnWords,
                             @Schema(examples = "123/PP.01.02/K.NT-08/10/2024") String letterNumber,
                             String forwardedBy) {
    }
}

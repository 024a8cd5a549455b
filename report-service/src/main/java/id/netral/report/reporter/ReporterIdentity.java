package id.netral.report.reporter;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who reported a case: shown to Bawaslu verifiers only, and every showing is written to the audit log. */
@Schema(description = "The reporter's identity; only for verifiers")
public record ReporterIdentity(@Schema(examples = "Maria Ndun") String name,
                               @Schema(examples = "0812-3456-7890") String contact, String nik,
                               boolean confidential) {
}

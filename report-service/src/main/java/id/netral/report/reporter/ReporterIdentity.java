package id.netral.report.reporter;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who reported a case: shown to Bawaslu verifiers only, and every showing is written to the audit log. */
@Schema(description = "The reporter's identity; only for verifiers")
public record ReporterIdentity(String name, String contact, String nik, boolean confidential) {
}

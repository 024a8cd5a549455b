package id.netral.report.worklist;

import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Optional;

/** The formats the work list is exported in, and which one a caller's Accept header asks for. */
enum ExportFormat {
    CSV(WorklistCsv.MEDIA_TYPE, "csv"),
    XLSX(WorklistWorkbook.MEDIA_TYPE, "xlsx");

    final MediaType mediaType;
    final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = MediaType.valueOf(mediaType);
        this.extension = extension;
    }

    /**
     * The first acceptable type that one format fits decides (JAX-RS lists them most wanted first); a wildcard, or no
     * Accept at all, means CSV, as the export answered before it had a second format. Empty when none fits.
     */
    static Optional<ExportFormat> of(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            if (type.isCompatible(CSV.mediaType)) {
                return Optional.of(CSV);
            }
            if (type.isCompatible(XLSX.mediaType)) {
                return Optional.of(XLSX);
            }
        }
        return acceptable.isEmpty() ? Optional.of(CSV) : Optional.empty();
    }
}

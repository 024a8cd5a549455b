package id.netral.report.worklist;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Which page of the work list, in which order. */
public record WorklistPaging(
        @Parameter(description = "submittedAt, decisionDue, incidentDate or status, with ,asc or ,desc",
                example = "decisionDue,asc") @QueryParam("sort") String sort,
        // read as text, so that a number too large for an int is a 400 naming it rather than JAX-RS's bare 404
        @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER))
        @QueryParam("page") String page,
        @Parameter(description = "Page size, 1-100, default 20", schema = @Schema(type = SchemaType.INTEGER))
        @QueryParam("size") String size) {

    static final WorklistPaging DEFAULT = new WorklistPaging(null, null, null);
}

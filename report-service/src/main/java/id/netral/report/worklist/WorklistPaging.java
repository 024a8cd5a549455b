package id.netral.report.worklist;

import id.netral.kit.problem.ListPage;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Which page of the work list, in which order; pages follow the kit's one rule for every list ({@link ListPage}). */
public record WorklistPaging(
        @Parameter(description = "submittedAt, decisionDue, incidentDate or status, with ,asc or ,desc",
                example = "decisionDue,asc") @QueryParam("sort") String sort,
        // read as text, so that a number too large for an int is a 400 naming it rather than JAX-RS's bare 404
        @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0",
                defaultValue = "0"))
        @QueryParam("page") String page,
        // the annotation needs constants: ListPage.MAX_SIZE and DEFAULT_SIZE, spelled out (a test compares them)
        @Parameter(description = "Page size, 1-" + ListPage.MAX_SIZE + ", default " + ListPage.DEFAULT_SIZE,
                schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50"))
        @QueryParam("size") String size) {

    static final WorklistPaging DEFAULT = new WorklistPaging(null, null, null);
}

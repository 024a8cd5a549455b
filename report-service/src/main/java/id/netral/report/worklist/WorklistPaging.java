package id.netral.report.worklist;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Which page of the work list, in which order. */
public record WorklistPaging(
        @Parameter(description = "submittedAt, decisionDue, incidentDate or status, with ,asc or ,desc",
                example = "decisionDue,asc") @QueryParam("sort") String sort,
        @Parameter(description = "Page number, from 0") @QueryParam("page") Integer page,
        @Parameter(description = "Page size, 1-100, default 20") @QueryParam("size") Integer size) {

    static final WorklistPaging DEFAULT = new WorklistPaging(null, null, null);
}

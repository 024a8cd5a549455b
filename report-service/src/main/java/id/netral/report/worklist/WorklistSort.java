package id.netral.report.worklist;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The order of the work list; its pages follow the kit's one rule for every list (PageParameters). */
public record WorklistSort(
        @Parameter(description = "submittedAt, decisionDue, incidentDate or status, with ,asc or ,desc",
                example = "decisionDue,asc") @QueryParam("sort") String sort) {

    static final WorklistSort DEFAULT = new WorklistSort(null);
}

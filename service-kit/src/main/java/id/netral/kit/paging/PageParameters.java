package id.netral.kit.paging;

import id.netral.kit.problem.Problem;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.List;

/**
 * The page and size query parameters every Netral list takes, with @BeanParam, declared the same way in every
 * contract: pages from 0, 50 rows unless asked, at most 200 ({@link PageRequest}). Both are read as text so that a
 * value that is no number, or one too large for an int, is a 400 problem naming it rather than JAX-RS's bare 404.
 */
public class PageParameters {
    /** The name of the response header holding how many rows match, on all pages. */
    public static final String TOTAL_COUNT = "X-Total-Count";

    @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0",
            defaultValue = "0"), example = "0")
    @QueryParam("page")
    String page;

    // annotations need constants: PageRequest.MAX_SIZE and DEFAULT_SIZE spelled out (the contract test compares them)
    @Parameter(description = "Page size, 1-" + PageRequest.MAX_SIZE + ", default " + PageRequest.DEFAULT_SIZE,
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50"),
            example = "50")
    @QueryParam("size")
    String size;

    public PageParameters() {
    }

    public PageParameters(String page, String size) {
        this.page = page;
        this.size = size;
    }

    /** @throws id.netral.kit.problem.ProblemException 400 naming page or size when either is out of range */
    public PageRequest request() {
        return PageRequest.of(page, size);
    }

    /** The page asked for, adding what is wrong with it to {@code errors}, for a list that checks filters too. */
    public PageRequest read(List<Problem.FieldError> errors) {
        return PageRequest.read(page, size, errors);
    }
}

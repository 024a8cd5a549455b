package id.netral.notification.directory;

import id.netral.kit.problem.ProblemException;
import jakarta.transaction.Transactional;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

/** The OPD directory: whose head is told about a case of their staff, and at which address. */
@Path("/api/v1/opds")
@Produces(MediaType.APPLICATION_JSON)
public class OpdDirectoryResource {

    @GET
    @Authenticated
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Every OPD of Pemerintah Kota Kupang in the directory, by code")
    public List<OpdView> list() {
        return Opd.directory().stream().map(OpdView::of).toList();
    }

    @GET
    @Path("/{code}")
    @Authenticated
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "One OPD and where its head receives notices")
    @APIResponse(responseCode = "404", description = "No OPD has this code")
    public OpdView get(@PathParam("code") String code) {
        return Opd.byCode(code).map(OpdView::of)
                .orElseThrow(() -> ProblemException.notFound("No OPD has the code " + code));
    }
}

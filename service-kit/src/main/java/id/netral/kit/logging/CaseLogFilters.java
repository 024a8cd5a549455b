package id.netral.kit.logging;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request about a case ({@code /api/v1/reports/<id>/...}) logs under that case's id from its start; any other request
 * that changes a case names it when it writes the case's event ({@link CaseLog#joining}). The id is forgotten when the
 * response goes out.
 */
public class CaseLogFilters {
    private static final Pattern CASE_PATH = Pattern.compile(
            "^/api/v1/reports/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(/.*)?$");

    @ServerRequestFilter(preMatching = true)
    public void nameTheCase(ContainerRequestContext request) {
        CaseLog.clear();
        Matcher matcher = CASE_PATH.matcher(request.getUriInfo().getPath());
        if (matcher.matches()) {
            CaseLog.joining(UUID.fromString(matcher.group(1)));
        }
    }

    @ServerResponseFilter
    public void forgetTheCase() {
        CaseLog.clear();
    }
}

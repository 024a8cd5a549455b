package id.netral.kit.paging;

import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Every page answered carries how many rows match in X-Total-Count, so a client may read it without the body. */
public class PageTotalHeader {

    @ServerResponseFilter
    public void addTotal(ContainerResponseContext response) {
        if (response.getEntity() instanceof Page<?> page && !response.getHeaders().containsKey(
                PageParameters.TOTAL_COUNT)) {
            response.getHeaders().putSingle(PageParameters.TOTAL_COUNT, page.getTotal());
        }
    }
}

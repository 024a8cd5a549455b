package id.netral.kit.paging;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * One page of a list, the shape every Netral list answers with: the rows, which page of which size they are, and how
 * many rows match on all pages (also in the X-Total-Count header). Each list has its own subclass, so that the
 * contract names its schema after the rows (RecommendationPage, NotificationPage) and a generated client gets a typed
 * page for each.
 */
public abstract class Page<T> {
    private final List<T> items;
    private final int page;
    private final int size;
    private final long total;

    protected Page(List<T> items, PageRequest request, long total) {
        this.items = List.copyOf(items);
        this.page = request.page();
        this.size = request.size();
        this.total = total;
    }

    /** The page of a list held whole: its rows sliced out, the total its length. */
    protected Page(PageRequest request, List<T> all) {
        this(request.slice(all), request, all.size());
    }

    @Schema(description = "The rows of this page, at most size of them", required = true)
    public List<T> getItems() {
        return items;
    }

    @Schema(description = "Which page this is, from 0", required = true, minimum = "0", example = "0")
    public int getPage() {
        return page;
    }

    @Schema(description = "The page size asked for (1-200, default 50); the last page may hold fewer rows",
            required = true, minimum = "1", maximum = "200", example = "50")
    public int getSize() {
        return size;
    }

    @Schema(description = "How many rows match, on all pages (also in the X-Total-Count header)", required = true,
            minimum = "0", example = "1")
    public long getTotal() {
        return total;
    }
}

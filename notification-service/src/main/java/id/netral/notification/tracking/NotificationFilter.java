package id.netral.notification.tracking;

import id.netral.kit.problem.ProblemException;
import id.netral.notification.Notification;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** The conditions of a notice listing, each an equality on one field, joined with "and". */
final class NotificationFilter {
    static final int MAX_RESULTS = 500;

    private final List<String> conditions = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    void add(String field, Object value) {
        conditions.add(field + " = :" + field);
        parameters.and(field, value);
    }

    /** Adds the condition when the parameter is given; a value that is not a constant of the enum is a 400. */
    <E extends Enum<E>> void addEnum(String field, String value, Class<E> type) {
        if (value == null) {
            return;
        }
        try {
            add(field, Enum.valueOf(type, value.strip()));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** Oldest first; notices written together in letter order: the OPD head, then the PPK, BKPPD, ... */
    List<Notification> list() {
        return Notification.<Notification>find(String.join(" and ", conditions) + " order by createdAt, id",
                        parameters).page(Page.ofSize(MAX_RESULTS)).list().stream()
                .sorted(Comparator.comparing((Notification n) -> n.createdAt).thenComparing(n -> n.recipientRole))
                .toList();
    }
}

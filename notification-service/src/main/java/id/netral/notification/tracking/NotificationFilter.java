package id.netral.notification.tracking;

import id.netral.kit.paging.PageRequest;
import id.netral.kit.problem.ProblemException;
import id.netral.notification.Notification;
import id.netral.notification.NotificationStatus;
import id.netral.notification.RecipientRole;
import id.netral.notification.delivery.Channel;
import id.netral.notification.delivery.WebhookDelivery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The conditions of a notice listing, each an equality on one field, joined with "and". */
final class NotificationFilter {
    /** Notices written together in letter order: the OPD head, then the PPK, BKPPD, ... (the enum's order). */
    private static final String LETTER_ORDER = Arrays.stream(RecipientRole.values())
            .map(role -> " when " + RecipientRole.class.getName() + "." + role.name() + " then " + role.ordinal())
            .collect(Collectors.joining("", "case recipientRole", " end"));

    record Result(List<Notification> items, long total) {
    }

    private final List<String> conditions = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    void add(String field, Object value) {
        conditions.add(field + " = :" + field);
        parameters.and(field, value);
    }

    /** Only notices addressed to this office, whatever else is asked: all an OPD head may read. */
    void confineTo(String office) {
        conditions.add("recipientOffice = :callerOffice");
        parameters.and("callerOffice", office);
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

    /**
     * Only notices whose delivery on the channel failed: by e-mail, the notice's own status (it follows its e-mail);
     * by webhook, its webhook delivery's, which a delivered e-mail leaves FAILED beside a DELIVERED notice.
     */
    void failedOn(String channel) {
        if (channel == null) {
            return;
        }
        Channel failed;
        try {
            failed = Channel.valueOf(channel.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("failedChannel", "must be one of " + Arrays.toString(Channel.values()));
        }
        if (failed == Channel.EMAIL) {
            conditions.add("byEmail = true and status = :emailFailed");
            parameters.and("emailFailed", NotificationStatus.FAILED);
        } else {
            conditions.add("id in (select w.notificationId from WebhookDelivery w where w.status = :webhookFailed)");
            parameters.and("webhookFailed", WebhookDelivery.Status.FAILED);
        }
    }

    /** One page of the matches, oldest first, and how many match in all. */
    Result page(PageRequest page) {
        String where = conditions.isEmpty() ? "" : String.join(" and ", conditions) + " ";
        var query = Notification.<Notification>find(where + "order by createdAt, " + LETTER_ORDER + ", id", parameters);
        return new Result(query.page(Page.of(page.page(), page.size())).list(), query.count());
    }
}

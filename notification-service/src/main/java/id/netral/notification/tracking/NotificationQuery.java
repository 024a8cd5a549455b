package id.netral.notification.tracking;

import id.netral.kit.problem.PlainText;
import id.netral.kit.problem.ProblemException;
import id.netral.kit.problem.QueryParameters;
import id.netral.notification.NotificationKind;
import id.netral.notification.NotificationStatus;
import id.netral.notification.RecipientRole;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.Locale;

/** What a notice listing asks for, by the filter names Netral's lists share (the page is PageParameters). */
public class NotificationQuery {
    @Parameter(description = "The case (report) id")
    @QueryParam("reportId")
    String reportId;

    @Parameter(description = "The OPD the notices are about")
    @QueryParam("opdCode")
    String opdCode;

    @Parameter(description = "OPD_HEAD, PPK, BKPPD, INSPECTORATE or SEKDA")
    @QueryParam("recipientRole")
    String recipientRole;

    @Parameter(description = "The office whose head the notices were addressed to (WALIKOTA for the PPK)")
    @QueryParam("recipientOffice")
    String recipientOffice;

    @Parameter(description = "PENDING, DELIVERED, FAILED, UNDELIVERABLE, WITHHELD or CANCELLED")
    @QueryParam("status")
    String status;

    @Parameter(description = "NOTICE, REMINDER, ESCALATION, REVISION, BODY_RESULT, STEP_REMINDER or STEP_ESCALATION")
    @QueryParam("kind")
    String kind;

    @Parameter(description = "EMAIL or WEBHOOK: the notices whose delivery on that channel failed and waits for an "
            + "admin, whatever their status says. A notice that goes by e-mail and webhook counts as delivered once "
            + "either channel delivers it, so status=FAILED does not list a webhook that failed beside a delivered "
            + "e-mail; failedChannel=WEBHOOK does.")
    @QueryParam("failedChannel")
    String failedChannel;

    private static String officeCode(String name, String value) {
        if (!PlainText.Check.isPlain(value, false)) {
            throw ProblemException.invalid(name, PlainText.SINGLE_LINE);
        }
        return value.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * The conditions asked for, each optional: no filter at all lists every notice the caller may read, a page at a
     * time, as the other lists of Netral do (an OPD head's own office's, for one).
     */
    NotificationFilter filter() {
        NotificationFilter filter = new NotificationFilter();
        if (reportId != null) {
            filter.add("reportId", QueryParameters.requiredUuid("reportId", reportId, "the id of the case"));
        }
        if (opdCode != null) {
            filter.add("opdCode", officeCode("opdCode", opdCode));
        }
        if (recipientOffice != null) {
            filter.add("recipientOffice", officeCode("recipientOffice", recipientOffice));
        }
        filter.addEnum("recipientRole", recipientRole, RecipientRole.class);
        filter.addEnum("status", status, NotificationStatus.class);
        filter.addEnum("kind", kind, NotificationKind.class);
        filter.failedOn(failedChannel);
        return filter;
    }
}

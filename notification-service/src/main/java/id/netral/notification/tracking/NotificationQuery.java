package id.netral.notification.tracking;

import id.netral.kit.problem.QueryParameters;
import id.netral.notification.NotificationKind;
import id.netral.notification.NotificationStatus;
import id.netral.notification.RecipientRole;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.Locale;

/** What a notice listing asks for, by the query parameters Netral's lists share. */
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

    @Parameter(description = "PENDING, DELIVERED, FAILED or UNDELIVERABLE")
    @QueryParam("status")
    String status;

    @Parameter(description = "NOTICE, REMINDER, ESCALATION or REVISION")
    @QueryParam("kind")
    String kind;

    /** The conditions asked for; without any other, the case id is required (a 400 names it). */
    NotificationFilter filter() {
        NotificationFilter filter = new NotificationFilter();
        if (reportId != null || (opdCode == null && recipientRole == null && recipientOffice == null
                && status == null && kind == null)) {
            filter.add("reportId", QueryParameters.requiredUuid("reportId", reportId,
                    "the id of the case whose notices to list, unless opdCode, recipientRole, recipientOffice, "
                            + "status or kind is given"));
        }
        if (opdCode != null) {
            filter.add("opdCode", opdCode.strip().toUpperCase(Locale.ROOT));
        }
        if (recipientOffice != null) {
            filter.add("recipientOffice", recipientOffice.strip().toUpperCase(Locale.ROOT));
        }
        filter.addEnum("recipientRole", recipientRole, RecipientRole.class);
        filter.addEnum("status", status, NotificationStatus.class);
        filter.addEnum("kind", kind, NotificationKind.class);
        return filter;
    }
}

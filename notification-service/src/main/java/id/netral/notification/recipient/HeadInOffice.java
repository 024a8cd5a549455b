package id.netral.notification.recipient;

import id.netral.notification.directory.Opd;
import id.netral.notification.directory.OpdHead;

import java.time.Instant;

/**
 * The head of an office at a moment, as the effective-dated appointments have it: the person a message written then
 * reaches, and so the person compared with the accused.
 *
 * @param employeeId the head's NIP; null when it was not recorded, and then no case can be matched to them
 */
public record HeadInOffice(String title, String email, String employeeId) {

    /**
     * From the history of appointments; the office's own row only for an office whose every appointment still lies
     * ahead (it was added with a future head), which is the head it was added with.
     */
    public static HeadInOffice of(Opd office, Instant at) {
        return OpdHead.inOffice(office.code, at)
                .map(head -> new HeadInOffice(head.title, head.email, head.employeeId))
                .orElseGet(() -> new HeadInOffice(office.headTitle, office.headEmail, office.headEmployeeId));
    }

    /** Whether this head is the civil servant; never when either NIP is unknown. */
    public boolean is(String accusedEmployeeId) {
        return employeeId != null && accusedEmployeeId != null && employeeId.equals(accusedEmployeeId.strip());
    }
}

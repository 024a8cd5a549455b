package id.netral.notification.directory;

import id.netral.events.access.Roles;
import id.netral.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What of the directory each reader sees. Heads' e-mail addresses, phones and webhook endpoints are contact data and a
 * way into partner systems, so only admins, who keep the directory, see all of it; BKPPD, the PPK and auditors see the
 * offices and who heads them; a verifier sees each office's code and name, to read a case's OPD (and the dashboard's)
 * by name, and nothing of its head, whom Bawaslu's work does not involve; an OPD head sees their own office with its
 * contacts, so they can tell an admin when one is wrong. Partner apps read nothing of it (no endpoint admits them).
 */
@ApplicationScoped
public class DirectoryReaders {
    @Inject
    Caller caller;

    /** Whether the caller may read this office at all; another office is as unknown to an OPD head as a missing one. */
    public boolean mayRead(Opd opd) {
        return seesEveryOffice() || caller.opd().map(opd.code::equals).orElse(false);
    }

    public OpdView view(Opd opd) {
        OpdView full = OpdView.of(opd);
        if (caller.hasRole(Roles.ADMIN)) {
            return full;
        }
        if (caller.hasRole(Roles.PERSONNEL_OFFICER) || caller.hasRole(Roles.PPK) || caller.hasRole(Roles.AUDITOR)) {
            return full.withoutContacts();
        }
        return caller.hasRole(Roles.VERIFIER) ? full.nameOnly() : full.withoutWebhook();
    }

    public HeadView view(OpdHead head) {
        HeadView full = HeadView.of(head);
        return caller.hasRole(Roles.ADMIN) ? full : full.withoutContacts();
    }

    private boolean seesEveryOffice() {
        return caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.PERSONNEL_OFFICER) || caller.hasRole(Roles.PPK)
                || caller.hasRole(Roles.AUDITOR) || caller.hasRole(Roles.VERIFIER);
    }
}

package id.netral.console.people;

import id.netral.events.access.Roles;
import io.quarkus.oidc.IdToken;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/** Who is signed in, as the identity provider's ID token says: the name on the page, the roles, the OPD they lead. */
@RequestScoped
@jakarta.inject.Named("person")
public class SignedInPerson {
    @Inject
    SecurityIdentity identity;

    @Inject
    @IdToken
    JsonWebToken idToken;

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    public String name() {
        String name = idToken.getClaim("name");
        return name != null ? name : identity.getPrincipal().getName();
    }

    public boolean is(String role) {
        return identity.hasRole(role);
    }

    public boolean isVerifier() {
        return is(Roles.VERIFIER);
    }

    public boolean isPersonnelOfficer() {
        return is(Roles.PERSONNEL_OFFICER);
    }

    public boolean isPpk() {
        return is(Roles.PPK);
    }

    public boolean isOpdHead() {
        return is(Roles.OPD_HEAD);
    }

    public boolean isAuditor() {
        return is(Roles.AUDITOR);
    }

    public boolean isAdmin() {
        return is(Roles.ADMIN);
    }

    /** BKPPD, the PPK and auditors read recommendations. */
    public boolean readsRecommendations() {
        return isPersonnelOfficer() || isPpk() || isAuditor();
    }

    /** The OPD an OPD head leads (claim {@code opd}), the only one whose cases they see. */
    public Optional<String> opdCode() {
        return Optional.ofNullable(idToken.getClaim("opd"));
    }

    /** The role in words, for the page header. */
    public String roleWords() {
        if (isVerifier()) {
            return "Verifikator Bawaslu";
        }
        if (isPersonnelOfficer()) {
            return "Petugas BKPPD";
        }
        if (isPpk()) {
            return "Pejabat Pembina Kepegawaian";
        }
        if (isOpdHead()) {
            return "Kepala OPD " + opdCode().orElse("");
        }
        if (isAdmin()) {
            return "Admin";
        }
        if (isAuditor()) {
            return "Auditor";
        }
        return "Tanpa peran di Netral";
    }

    /**
     * Who sees the dashboard: the roles report-service gives its recaps to (counts of every case). An OPD head would
     * see the whole city's numbers there, so they do not; nor does the admin, whose work is the directory.
     */
    public boolean seesDashboard() {
        return isVerifier() || isPersonnelOfficer() || isPpk() || isAuditor();
    }

    /** Who may download the list of an election's cases behind the dashboard (report-service's export). */
    public boolean downloadsCaseList() {
        return isVerifier() || isPersonnelOfficer() || isAuditor();
    }

    /** BKPPD's download holds only the cases Bawaslu found proven (report-service's export keeps that rule). */
    public boolean downloadsProvenCasesOnly() {
        return isPersonnelOfficer() && !isVerifier() && !isAuditor();
    }
}

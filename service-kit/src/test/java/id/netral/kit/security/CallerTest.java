package id.netral.kit.security;

import id.netral.events.access.Roles;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which OPD's cases a caller may read, as the services ask it (mayReadCaseOf, opd). */
class CallerTest {

    @Test
    void anOpdHeadReadsTheirOwnOpdOnly() {
        Caller head = caller(Roles.OPD_HEAD, "DISPERKIM");

        assertThat(head.opd()).contains("DISPERKIM");
        assertThat(head.mayReadCaseOf("DISPERKIM")).isTrue();
        assertThat(head.mayReadCaseOf("DINKES")).isFalse();
        assertThat(head.mayReadCaseOf("")).isFalse();
        assertThat(head.mayReadCaseOf(null)).isFalse();
    }

    @Test
    void anOpdHeadWhoseTokenNamesNoOpdReadsNothing() {
        for (String claim : new String[] {"", "   ", null}) {
            Caller head = caller(Roles.OPD_HEAD, claim);

            assertThat(head.opd()).as("claim [%s]", claim).isEmpty();
            assertThat(head.mayReadCaseOf("")).as("claim [%s]", claim).isFalse();
            assertThat(head.mayReadCaseOf("   ")).as("claim [%s]", claim).isFalse();
            assertThat(head.mayReadCaseOf("DISPERKIM")).as("claim [%s]", claim).isFalse();
        }
    }

    @Test
    void theRolesThatReadEveryOpdStillDo() {
        for (String role : new String[] {Roles.PERSONNEL_OFFICER, Roles.PPK, Roles.AUDITOR, Roles.ADMIN}) {
            assertThat(caller(role, null).mayReadCaseOf("DISPERKIM")).as(role).isTrue();
        }
    }

    private static Caller caller(String role, String opdClaim) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject("someone");
        if (opdClaim != null) {
            claims.setClaim(Caller.OPD_CLAIM, opdClaim);
        }
        Caller caller = new Caller();
        caller.token = new DefaultJWTCallerPrincipal("raw.token.value", "JWT", claims);
        caller.identity = QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("someone"))
                .addRole(role).build();
        return caller;
    }
}

package id.netral.kit.security;

import id.netral.infra.ConfigMappings;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How long and how many verified tokens are believed: never past expiry or max-age, never beyond max-entries. */
class VerifiedTokenLimitsTest {
    private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);

    @Test
    void aTokenIsBelievedUntilItsExpiryOrMaxAgeWhicheverComesFirst() {
        VerifiedTokens tokens = new VerifiedTokens(config(Duration.ofSeconds(60), 10), clock);
        tokens.remember(identity("long", NOW.plus(Duration.ofHours(1))));
        tokens.remember(identity("short", NOW.plusSeconds(20)));

        clock.now = NOW.plusSeconds(19);
        assertThat(tokens.find("long")).isNotNull();
        assertThat(tokens.find("short")).isNotNull();
        clock.now = NOW.plusSeconds(20);
        assertThat(tokens.find("short")).as("expired").isNull();
        assertThat(tokens.find("long")).isNotNull();
        clock.now = NOW.plusSeconds(60);
        assertThat(tokens.find("long")).as("past max-age: verified again").isNull();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void beyondMaxEntriesATokenIsVerifiedEveryTimeUntilAnEntryExpires() {
        VerifiedTokens tokens = new VerifiedTokens(config(Duration.ofSeconds(60), 1), clock);
        tokens.remember(identity("first", NOW.plusSeconds(10)));
        tokens.remember(identity("second", NOW.plusSeconds(30)));
        assertThat(tokens.find("second")).isNull();

        clock.now = NOW.plusSeconds(10);
        tokens.remember(identity("second", NOW.plusSeconds(30)));
        assertThat(tokens.find("second")).as("room made by the expired first").isNotNull();
    }

    @Test
    void maxAgeZeroTurnsTheCacheOffAndAnExpiredTokenIsNeverKept() {
        VerifiedTokens off = new VerifiedTokens(config(Duration.ZERO, 10), clock);
        off.remember(identity("token", NOW.plusSeconds(30)));
        assertThat(off.find("token")).isNull();

        VerifiedTokens on = new VerifiedTokens(config(Duration.ofSeconds(60), 10), clock);
        on.remember(identity("stale", NOW.minusSeconds(1)));
        assertThat(on.size()).isZero();
    }

    private static SecurityIdentity identity(String token, Instant expiry) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject("someone");
        claims.setExpirationTime(NumericDate.fromSeconds(expiry.getEpochSecond()));
        return QuarkusSecurityIdentity.builder().setPrincipal(new DefaultJWTCallerPrincipal(token, "JWT", claims))
                .addCredential(new AccessTokenCredential(token)).addRole("auditor").build();
    }

    private static VerifiedTokenConfig config(Duration maxAge, int maxEntries) {
        return ConfigMappings.read(VerifiedTokenConfig.class, Map.of(
                "netral.security.verified-tokens.max-age", maxAge.toSeconds() + "s",
                "netral.security.verified-tokens.max-entries", Integer.toString(maxEntries)));
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}

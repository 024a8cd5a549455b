package id.netral.kit.security;

import id.netral.infra.EmbeddedInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A bearer token verified once is believed again without its signature being checked, but never beyond what the
 * verification itself would allow: its roles, its expiry, its exact bytes.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "kit"))
class VerifiedTokensTest {
    private static final String AUDIT = "/api/v1/audit";

    @Inject
    VerifiedTokens verifiedTokens;

    @Test
    void aTokenUsedAgainIsBelievedWithTheSameRolesAndNoMore() {
        String auditor = EmbeddedInfraResource.tokens().token("auditor");
        String reporter = EmbeddedInfraResource.tokens().token("verifier");

        given().auth().oauth2(auditor).when().get(AUDIT).then().statusCode(200);
        assertThat(verifiedTokens.find(auditor)).as("remembered after its first verification").isNotNull();
        long believedBefore = verifiedTokens.believed();
        given().auth().oauth2(auditor).when().get(AUDIT).then().statusCode(200);
        assertThat(verifiedTokens.believed()).as("the second request believed from the cache")
                .isEqualTo(believedBefore + 1);

        // a remembered token of a role the audit log does not admit is refused just the same
        given().auth().oauth2(reporter).when().get(AUDIT).then().statusCode(403);
        assertThat(verifiedTokens.find(reporter)).isNotNull();
        given().auth().oauth2(reporter).when().get(AUDIT).then().statusCode(403);
    }

    @Test
    void aTokenIsRefusedOnceItExpiresThoughItWasRemembered() {
        String shortLived = EmbeddedInfraResource.tokens().token("auditor", Duration.ofSeconds(2));

        given().auth().oauth2(shortLived).when().get(AUDIT).then().statusCode(200);
        assertThat(verifiedTokens.find(shortLived)).isNotNull();

        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().auth().oauth2(shortLived).when().get(AUDIT).then().statusCode(401));
        assertThat(verifiedTokens.find(shortLived)).isNull();
    }

    @Test
    void aTokenChangedInOneCharacterIsVerifiedAnewAndRefused() {
        String auditor = EmbeddedInfraResource.tokens().token("auditor");
        given().auth().oauth2(auditor).when().get(AUDIT).then().statusCode(200);

        String tampered = auditor.substring(0, auditor.length() - 2)
                + (auditor.charAt(auditor.length() - 2) == 'A' ? 'B' : 'A') + auditor.charAt(auditor.length() - 1);
        given().auth().oauth2(tampered).when().get(AUDIT).then().statusCode(401);
        String forged = EmbeddedInfraResource.tokens().tokenFor("forged");
        given().auth().oauth2(forged).when().get(AUDIT).then().statusCode(401);
        assertThat(verifiedTokens.find(tampered)).isNull();
        assertThat(verifiedTokens.find(forged)).isNull();
    }
}

package id.netral.infra;

import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/**
 * Requests as the people who use a Netral service, each with a token of the test identity provider: the one way
 * every service's tests name their caller. For @QuarkusTest classes that run with {@link EmbeddedInfraResource}.
 */
public final class Callers {
    private Callers() {
    }

    /** Someone with this role (a role name of {@code id.netral.events.access.Roles}). */
    public static RequestSpecification as(String role) {
        return given().auth().oauth2(EmbeddedInfraResource.tokens().token(role));
    }

    /** A BKPPD personnel officer, who reads every recommendation and notice. */
    public static RequestSpecification asOfficer() {
        return as("personnel-officer");
    }

    /** The head of one OPD, who reads only their own OPD's cases. */
    public static RequestSpecification asOpdHead(String opdCode) {
        return given().auth().oauth2(EmbeddedInfraResource.tokens().opdHead(opdCode));
    }

    /** A partner app, known by its OAuth client id. */
    public static RequestSpecification asPartnerApp(String clientId) {
        return given().auth().oauth2(EmbeddedInfraResource.tokens().partnerApp(clientId));
    }
}

package id.netral.sanction;

import id.netral.infra.EmbeddedInfraResource;
import id.netral.kit.security.Roles;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** Requests as the people who use this service, with tokens of the test identity provider. */
public final class Callers {
    private Callers() {
    }

    /** A BKPPD officer, who reads every recommendation and notice. */
    public static RequestSpecification asOfficer() {
        return as(Roles.PERSONNEL_OFFICER);
    }

    public static RequestSpecification as(String role) {
        return given().auth().oauth2(EmbeddedInfraResource.tokens().token(role));
    }

    public static RequestSpecification asOpdHead(String opdCode) {
        return given().auth().oauth2(EmbeddedInfraResource.tokens().opdHead(opdCode));
    }
}

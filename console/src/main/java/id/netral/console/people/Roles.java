package id.netral.console.people;

/** The roles of the identity provider's {@code groups} claim, the same names the three services check. */
public final class Roles {
    public static final String VERIFIER = "verifier";
    public static final String PERSONNEL_OFFICER = "personnel-officer";
    public static final String PPK = "ppk";
    public static final String OPD_HEAD = "opd-head";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}

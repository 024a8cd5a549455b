package id.netral.events.access;

/**
 * The roles a bearer token can carry (claim {@code groups}), one per kind of user of Netral: the same names in the
 * services' checks, the console and the identity provider's realm.
 */
public final class Roles {
    /** A partner app (Bawaslu's intake app, the city's complaint app): submits reports, reads its own. */
    public static final String PARTNER_APP = "partner-app";
    /** A Bawaslu verifier: decides on reports, the only role that may see who reported. */
    public static final String VERIFIER = "verifier";
    /** A BKPPD officer: works on sanction recommendations. */
    public static final String PERSONNEL_OFFICER = "personnel-officer";
    /** The mayor as Pejabat Pembina Kepegawaian: decides on sanctions. */
    public static final String PPK = "ppk";
    /** The head of one OPD (claim {@code opd}): sees and acknowledges only that OPD's cases. */
    public static final String OPD_HEAD = "opd-head";
    /** Inspectorate or an external auditor: reads, never changes. */
    public static final String AUDITOR = "auditor";
    /** Keeps the directory and the configuration. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}

package id.netral.report;

/**
 * How a case names a form of violation of the SKB 2022 catalogue: E1-E7 (ethics) or D1-D13 (discipline). A partner
 * app suspects one at intake and a verifier confirms one; both are checked against the same pattern.
 */
public final class ViolationKinds {
    public static final String PATTERN = "E[1-7]|D([1-9]|1[0-3])";
    public static final String INVALID = "must be an SKB 2022 kind, E1-E7 or D1-D13";

    private ViolationKinds() {
    }
}

package id.netral.sanction.recommendation;

/**
 * What the PPK's decree decides: a sanction imposed, or none because the violation was not proven at the city (tidak
 * terbukti) or the proceedings were cancelled (dibatalkan). The Kemendagri figures count all three.
 */
public enum DecisionOutcome {
    SANCTIONED("sanksi dijatuhkan"),
    NOT_PROVEN("tidak terbukti"),
    CANCELLED("dibatalkan");

    private final String words;

    DecisionOutcome(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}

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

    /**
     * Whether the decree rests on the examination at the city, so that it is refused before the examination is
     * recorded. SANCTIONED and NOT_PROVEN are both findings on the act: PP 94/2021 has the civil servant summoned and
     * examined (for a heavy level by an examination team) before the PPK decides, and PP 42/2004 has the Majelis Kode
     * Etik conclude on an ethics case (research notes 2.3, 2.4, 3.4); "not proven" is what an examination finds, not
     * a way round it. CANCELLED is not: the notes know it only as a count of its own in the Kemendagri figures (5.2,
     * beside "not proven" and "retired/resigned"), with no source tying it to an examination, and the proceedings can
     * end that way without one (the recommendation withdrawn, the employee gone); requiring a summons for it would
     * keep alive a case the PPK has ended. Its reason is required instead.
     */
    public boolean restsOnTheExamination() {
        return this != CANCELLED;
    }
}

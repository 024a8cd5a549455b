package id.netral.sanction.catalogue;

/** The road a proven violation takes; the names are those of the sanction-recommended event. */
public enum Track {
    /** Kode etik: a moral sanction under PP 42/2004 Pasal 15. */
    ETHICS("kode etik"),
    /** Disiplin: a PP 94/2021 level for PNS, PP 49/2018 for PPPK. */
    DISCIPLINE("disiplin"),
    /** Party membership: dismissal not with honour, no choice of level. */
    DISMISSAL("pemberhentian"),
    /** Non-ASN staff (PTT/honorer): a measure under their contract and the city's regulation. */
    CONTRACT("kontrak kerja"),
    /** Nothing in the catalogue decides it (SKB row D13, or no catalogue for the date): a person must. */
    MANUAL_REVIEW("telaah manual");

    private final String label;

    Track(String label) {
        this.label = label;
    }

    /** The track's name in the explanation a BKPPD officer reads. */
    public String label() {
        return label;
    }
}

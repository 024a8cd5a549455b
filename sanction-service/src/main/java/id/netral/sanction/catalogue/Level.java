package id.netral.sanction.catalogue;

/** The three levels of discipline of PP 94/2021, lightest first. */
public enum Level {
    RINGAN, SEDANG, BERAT
}

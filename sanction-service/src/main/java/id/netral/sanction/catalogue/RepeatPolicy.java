package id.netral.sanction.catalogue;

/** How earlier proven cases of the same employee raise a recommendation ({@code netral.sanction.repeat-policy}). */
public enum RepeatPolicy {
    /** Earlier cases are named in the explanation but do not change the recommendation. */
    NONE,
    /** Each earlier case moves the recommendation one sanction heavier within the allowed list, up to the heaviest. */
    NEXT_SANCTION,
    /**
     * Any earlier case lifts a discipline case to the next level the employee's rules have (sedang to berat); where
     * there is none (already berat, or not a discipline case) it falls back to {@link #NEXT_SANCTION}.
     */
    NEXT_LEVEL
}

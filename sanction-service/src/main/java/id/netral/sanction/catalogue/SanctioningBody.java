package id.netral.sanction.catalogue;

/** Who examines a neutrality case and sends the result to the PPK: KASN until it stopped, BKN since. */
public enum SanctioningBody {
    KASN, BKN
}

package id.netral.kit.recap;

/** One line of a recap: a value (an OPD, a kind, a status ...) and how many records have it. */
public record RecapRow(String key, long count) {
}

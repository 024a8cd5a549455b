package id.netral.sanction.recommendation;

/** One line of a recap: a value (an OPD, a kind, a status ...) and how many recommendations have it. */
public record RecapRow(String key, long count) {
}

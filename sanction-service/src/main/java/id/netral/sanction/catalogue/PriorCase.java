package id.netral.sanction.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An earlier proven case of the same employee number, as the explanation of a new recommendation names it.
 *
 * @param kind     the SKB row its recommendation applied
 * @param sanction the sanction the PPK imposed, or else the one recommended (null for manual review)
 */
public record PriorCase(UUID recommendationId, LocalDate incidentDate, Instant recommendedAt, String kind,
                        Track track, String sanction) {
}

package id.netral.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The examining body's result (KASN's recommendation, BKN's examination result) reached the city and was recorded
 * beside Netral's own recommendation, which was a draft for the PPK until then. From now on the PPK acts on the
 * body's result.
 *
 * @param body                KASN or BKN: the body the study was forwarded to
 * @param resultNumber        the number of the body's letter
 * @param resultDate          the date of the body's letter
 * @param recommendedSanction the sanction the body recommends, as a code of Netral's catalogue
 * @param sanctionText        that sanction in words
 * @param draftSanction       the sanction of Netral's own draft recommendation, for comparison; null when it named none
 * @param recordedBy          the BKPPD officer who recorded it
 */
public record BodyResultRecorded(UUID recommendationId, UUID reportId, String body, String resultNumber,
                                 LocalDate resultDate, String recommendedSanction, String sanctionText,
                                 String draftSanction, String recordedBy, Instant recordedAt) {
}

package id.netral.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The PPK decided by decree to impose no sanction: the violation was not proven at the city (tidak terbukti) or the
 * proceedings were cancelled (dibatalkan). The Kemendagri figures count both beside the sanctions imposed. A decision
 * imposing a sanction is {@link SanctionDecided}.
 *
 * @param outcome NOT_PROVEN or CANCELLED
 * @param reason  the decree's reason in the PPK's words; null when none was given
 */
public record SanctionNotImposed(UUID recommendationId, UUID reportId, String decreeNumber, LocalDate decreeDate,
                                 String outcome, String reason, String recordedBy, Instant decidedAt) {
}

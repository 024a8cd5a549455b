package id.netral.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * @param violationText the SKB row's act and {@code sanctionTexts} each allowed sanction's text, as the rule
 *                      catalogue words them: consumers write letters from these, not from a copy of the catalogue
 */
public record SanctionRecommended(UUID recommendationId, UUID reportId, Accused accused, String violationKind,
                                  String track, String level, List<String> allowedSanctions,
                                  String recommendedSanction, List<String> legalBasis, String sanctioningBody,
                                  LocalDate ppkDueDate, List<String> explanation, String ruleVersion,
                                  Instant recommendedAt, String violationText,
                                  Map<String, String> sanctionTexts) {
}

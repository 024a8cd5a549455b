package id.netral.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record SanctionRecommended(UUID recommendationId, UUID reportId, Accused accused, String violationKind,
                                  String track, String level, List<String> allowedSanctions,
                                  String recommendedSanction, List<String> legalBasis, String sanctioningBody,
                                  LocalDate ppkDueDate, List<String> explanation, String ruleVersion,
                                  Instant recommendedAt) {
}

package id.netral.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record SanctionRevised(UUID recommendationId, UUID reportId, String revisedBy, String reason, String track,
                              String level, List<String> allowedSanctions, String recommendedSanction,
                              List<String> legalBasis, LocalDate ppkDueDate, Instant revisedAt) {
}

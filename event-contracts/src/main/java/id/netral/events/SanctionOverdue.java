package id.netral.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record SanctionOverdue(UUID recommendationId, UUID reportId, String opdCode, LocalDate ppkDueDate,
                              Instant markedAt) {
}

package id.netral.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record SanctionDecided(UUID recommendationId, UUID reportId, String decreeNumber, LocalDate decreeDate,
                              String imposedSanction, String recordedBy, Instant decidedAt) {
}

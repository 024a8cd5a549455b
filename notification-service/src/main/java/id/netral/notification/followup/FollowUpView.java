package id.netral.notification.followup;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * @param actor     who takes the step; null on steps recorded before the procedure was followed step by step
 * @param dueDate   the last day the step was due, where the procedure gives it one
 */
public record FollowUpView(UUID id, UUID notificationId, FollowUpStep step,
                           @Schema(examples = "Yang bersangkutan dipanggil untuk pemeriksaan pada 14 Oktober 2024.")
                           String note, @Schema(examples = "kepala-disperkim") String recordedBy,
                           Instant recordedAt, ProcedureActor actor,
                           @Schema(examples = "800/123/BKPPD/2024") String documentNumber, LocalDate documentDate,
                           LocalDate dueDate, AppealKind appealKind) {
    public static FollowUpView of(FollowUp followUp) {
        return new FollowUpView(followUp.id, followUp.notificationId, followUp.step, followUp.note,
                followUp.recordedBy, followUp.recordedAt, followUp.actor, followUp.documentNumber,
                followUp.documentDate, followUp.dueDate, followUp.appealKind);
    }
}

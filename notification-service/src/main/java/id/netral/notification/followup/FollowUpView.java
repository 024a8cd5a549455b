package id.netral.notification.followup;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

public record FollowUpView(UUID id, UUID notificationId, FollowUpStep step,
                           @Schema(examples = "Yang bersangkutan dipanggil untuk pemeriksaan pada 14 Oktober 2024.")
                           String note, @Schema(examples = "kepala-disperkim") String recordedBy,
                           Instant recordedAt) {
    public static FollowUpView of(FollowUp followUp) {
        return new FollowUpView(followUp.id, followUp.notificationId, followUp.step, followUp.note,
                followUp.recordedBy, followUp.recordedAt);
    }
}

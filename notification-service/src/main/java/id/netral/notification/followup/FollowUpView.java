package id.netral.notification.followup;

import java.time.Instant;
import java.util.UUID;

public record FollowUpView(UUID id, UUID notificationId, FollowUpStep step, String note, String recordedBy,
                           Instant recordedAt) {
    public static FollowUpView of(FollowUp followUp) {
        return new FollowUpView(followUp.id, followUp.notificationId, followUp.step, followUp.note,
                followUp.recordedBy, followUp.recordedAt);
    }
}

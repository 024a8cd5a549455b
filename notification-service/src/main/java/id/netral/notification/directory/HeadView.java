package id.netral.notification.directory;

import java.time.Instant;

public record HeadView(String name, String title, String email, String phone, Instant validFrom, String recordedBy,
                       Instant recordedAt) {
    static HeadView of(OpdHead head) {
        return new HeadView(head.name, head.title, head.email, head.phone, head.validFrom, head.recordedBy,
                head.recordedAt);
    }
}

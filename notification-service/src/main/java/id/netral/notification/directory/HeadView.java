package id.netral.notification.directory;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record HeadView(@Schema(examples = SampleOpd.HEAD_NAME) String name,
                       @Schema(examples = SampleOpd.HEAD_TITLE) String title,
                       String email, String phone, String employeeId, Instant validFrom,
                       @Schema(examples = "admin.netral") String recordedBy, Instant recordedAt) {
    static HeadView of(OpdHead head) {
        return new HeadView(head.name, head.title, head.email, head.phone, head.employeeId, head.validFrom,
                head.recordedBy, head.recordedAt);
    }

    /** Who heads the office and since when, without how to reach them. */
    HeadView withoutContacts() {
        return new HeadView(name, title, null, null, employeeId, validFrom, recordedBy, recordedAt);
    }
}

package id.netral.notification.followup;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One follow-up step an OPD head recorded on a notice. */
@Entity
@Table(name = "notification_follow_up")
public class FollowUp extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "notification_id", nullable = false)
    public UUID notificationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FollowUpStep step;

    public String note;

    @Enumerated(EnumType.STRING)
    public ProcedureActor actor;

    /** The number and date of the step's document; null on steps recorded before documents were asked for. */
    @Column(name = "document_number")
    public String documentNumber;

    @Column(name = "document_date")
    public LocalDate documentDate;

    /** The last day the step was due, where the procedure gives it one. */
    @Column(name = "due_date")
    public LocalDate dueDate;

    /** On an objection: keberatan or banding administratif. */
    @Enumerated(EnumType.STRING)
    @Column(name = "appeal_kind")
    public AppealKind appealKind;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public static List<FollowUp> ofNotification(UUID notificationId) {
        return list("notificationId = ?1 order by recordedAt, id", notificationId);
    }

    public static boolean exists(UUID notificationId, FollowUpStep step) {
        return count("notificationId = ?1 and step = ?2", notificationId, step) > 0;
    }
}

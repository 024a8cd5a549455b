package id.netral.notification.chasing;

import id.netral.notification.followup.FollowUpStep;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A step of the procedure with a day it is due, watched so that it is chased by letter once that day passes. */
@Entity
@Table(name = "step_deadline")
public class StepDeadline extends PanacheEntityBase {
    @Id
    public UUID id;

    /** The first notice to the OPD head: the case's follow-ups are recorded on it. */
    @Column(name = "notification_id", nullable = false)
    public UUID notificationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FollowUpStep step;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    /** When the next letter is due; null once nothing more is chased. */
    @Column(name = "next_chase_at")
    public Instant nextChaseAt;

    /** The reminder written for it; null before (or when none could be addressed). */
    @Column(name = "reminder_id")
    public UUID reminderId;

    @Column(name = "escalated_at")
    public Instant escalatedAt;

    static boolean exists(UUID notificationId, FollowUpStep step) {
        return count("notificationId = ?1 and step = ?2", notificationId, step) > 0;
    }
}

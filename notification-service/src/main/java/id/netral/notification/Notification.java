package id.netral.notification;

import id.netral.notification.followup.FollowUpStep;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One notice about a sanction recommendation to one recipient, with the message exactly as it is sent. */
@Entity
@Table(name = "notification")
public class Notification extends DeliveryProgress {
    @Column(name = "recommendation_id", nullable = false)
    public UUID recommendationId;

    @Column(name = "report_id", nullable = false)
    public UUID reportId;

    /** The NIP (or NI PPPK) of the civil servant the case is about: who must never receive it. */
    @Column(name = "accused_employee_id")
    public String accusedEmployeeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_role", nullable = false)
    public RecipientRole recipientRole;

    @Column(name = "opd_code", nullable = false)
    public String opdCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NotificationKind kind = NotificationKind.NOTICE;

    /** On a revision notice: when the revision was made; null for other kinds. */
    @Column(name = "revised_at")
    public Instant revisedAt;

    /** The notice a reminder reminds of; null for other kinds. */
    @Column(name = "reminder_of")
    public UUID reminderOf;

    /** On a step reminder or escalation: the step of the procedure that is overdue; null for other kinds. */
    @Enumerated(EnumType.STRING)
    @Column(name = "overdue_step")
    public FollowUpStep overdueStep;

    @Column(name = "reminder_number")
    public Integer reminderNumber;

    @Column(name = "reminders_sent", nullable = false)
    public int remindersSent;

    /** When the unacknowledged notice is due for its next reminder; null when no more will go. */
    @Column(name = "next_reminder_at")
    public Instant nextReminderAt;

    /**
     * False for a notice that goes by webhook only: it has no e-mail address, the e-mail worker never claims it, and
     * its status follows its webhook delivery.
     */
    @Column(name = "by_email", nullable = false)
    public boolean byEmail = true;

    @Column(name = "recipient_address")
    public String recipientAddress;

    /**
     * The office of the directory whose head this notice is addressed to: the accused's OPD for a notice to the OPD
     * head, the standing recipient's office for a copy or an escalation. Its webhook and channels are used. Null when
     * no office could be found (an UNDELIVERABLE notice).
     */
    @Column(name = "recipient_office")
    public String recipientOffice;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String body;

    /** The letter number (nomor surat) this message carries; null for those written before letters were numbered. */
    @Column(name = "letter_number")
    public String letterNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NotificationStatus status;

    @Column(name = "undeliverable_reason")
    public String undeliverableReason;

    /** Why a WITHHELD or CANCELLED message was not sent; null for others. */
    @Column(name = "not_sent_reason")
    public String notSentReason;

    /** When the OPD head confirmed receipt; null until then. */
    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    @Override
    public UUID noticeId() {
        return id;
    }

    @Override
    public boolean pending() {
        return status == NotificationStatus.PENDING;
    }

    @Override
    protected void markPending() {
        status = NotificationStatus.PENDING;
    }

    @Override
    protected void markDelivered() {
        status = NotificationStatus.DELIVERED;
    }

    @Override
    protected void markFailed() {
        status = NotificationStatus.FAILED;
    }

    @Override
    public boolean cancelled() {
        return status == NotificationStatus.CANCELLED;
    }

    @Override
    protected void markCancelled() {
        status = NotificationStatus.CANCELLED;
    }

    /** Kept, never sent: its recipient is the accused and the superior already receives the same (see reason). */
    public void withhold(String reason) {
        status = NotificationStatus.WITHHELD;
        notSentReason = reason;
        recipientOffice = null;
        recipientAddress = null;
        nextAttemptAt = null;
        persist();
    }

    public static boolean exists(UUID recommendationId, RecipientRole role, NotificationKind kind) {
        return count("recommendationId = ?1 and recipientRole = ?2 and kind = ?3", recommendationId, role, kind) > 0;
    }

    /** The first notices about a recommendation: to the OPD head and to those in copy. */
    public static List<Notification> noticesOf(UUID recommendationId) {
        return list("recommendationId = ?1 and kind = ?2 order by createdAt, id", recommendationId,
                NotificationKind.NOTICE);
    }

    public static boolean revisionExists(UUID recommendationId, RecipientRole role, Instant revisedAt) {
        return count("recommendationId = ?1 and recipientRole = ?2 and kind = ?3 and revisedAt = ?4", recommendationId,
                role, NotificationKind.REVISION, revisedAt) > 0;
    }

    /** The first notice to the head of the OPD about a recommendation, if one was written. */
    public static Optional<Notification> noticeToHead(UUID recommendationId) {
        return find("recommendationId = ?1 and recipientRole = ?2 and kind = ?3", recommendationId,
                RecipientRole.OPD_HEAD, NotificationKind.NOTICE).firstResultOptional();
    }

    /** The civil servant a recommendation's case is about, as its messages name them; empty when none does. */
    public static Optional<String> accusedOf(UUID recommendationId) {
        return find("recommendationId = ?1 and accusedEmployeeId is not null", recommendationId)
                .<Notification>firstResultOptional().map(notice -> notice.accusedEmployeeId);
    }

    /** A new message about the same case as {@code about}, not yet addressed nor stored. */
    public static Notification draftLike(Notification about, RecipientRole role, NotificationKind kind,
                                         Instant createdAt) {
        Notification notification = draft(about.recommendationId, about.reportId, role, about.opdCode, kind,
                createdAt);
        notification.accusedEmployeeId = about.accusedEmployeeId;
        return notification;
    }

    /** A new notice, not yet addressed nor stored. */
    public static Notification draft(UUID recommendationId, UUID reportId, RecipientRole role, String opdCode,
                                     NotificationKind kind, Instant createdAt) {
        Notification notification = new Notification();
        notification.id = UUID.randomUUID();
        notification.recommendationId = recommendationId;
        notification.reportId = reportId;
        notification.recipientRole = role;
        notification.opdCode = opdCode;
        notification.kind = kind;
        notification.createdAt = createdAt;
        return notification;
    }

    public static List<Notification> ofReport(UUID reportId) {
        return list("reportId = ?1 order by createdAt, id", reportId);
    }
}

package id.netral.notification.tracking;

import id.netral.notification.directory.SampleOpd;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.netral.notification.FailureCategory;
import id.netral.notification.Notification;
import id.netral.notification.NotificationKind;
import id.netral.notification.NotificationStatus;
import id.netral.notification.RecipientRole;
import id.netral.notification.delivery.WebhookDelivery;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/**
 * A notice and how its delivery went, for BKPPD officers and admins.
 *
 * @param opdCode         the accused's OPD, which the case is about
 * @param recipientOffice the office whose head the notice was addressed to
 * @param message the subject and body as sent; only in the answer about one notice, not in lists
 * @param lastFailure what kind of failure the last failed attempt was
 * @param lastError   what the mail server answered to it, word for word: shown to admins only
 * @param notSentReason why a WITHHELD or CANCELLED notice was not sent
 */
public record NotificationView(UUID id, NotificationKind kind, UUID reminderOf, UUID reportId, UUID recommendationId,
                               RecipientRole recipientRole,
                               String opdCode, String recipientOffice,
                               @Schema(description = "The mail address or webhook the notice went to",
                                       examples = "kepala.disperkim@kupangkota.example") String address,
                               NotificationStatus status,
                               int attempts, Instant nextAttemptAt, FailureCategory lastFailure,
                               @JsonInclude(JsonInclude.Include.NON_NULL)
                               @Schema(examples = "452 4.2.2 Mailbox full") String lastError,
                               @Schema(examples = "Alamat surel kepala OPD tidak ada di direktori")
                               String undeliverableReason,
                               @JsonInclude(JsonInclude.Include.NON_NULL)
                               @Schema(examples = "Kasus ditutup sebelum surat dikirim") String notSentReason,
                               Instant createdAt, Instant deliveredAt, Instant acknowledgedAt,
                               @Schema(examples = "kepala-disperkim") String acknowledgedBy,
                               @JsonInclude(JsonInclude.Include.NON_NULL) Webhook webhook,
                               @JsonInclude(JsonInclude.Include.NON_NULL) Message message) {

    public record Message(
            @Schema(examples = "Pemberitahuan dugaan pelanggaran netralitas ASN di Dinas Perumahan Rakyat dan Kawasan "
                    + "Permukiman") String subject,
            @Schema(examples = "Yth. Kepala Dinas Perumahan Rakyat dan Kawasan Permukiman,\n\nBersama ini kami "
                    + "sampaikan rekomendasi sanksi atas pelanggaran netralitas ASN oleh pegawai di lingkungan "
                    + "Saudara ...") String body) {
    }

    /** The webhook channel of the notice, when the recipient has one; the secret is never shown. */
    public record Webhook(@Schema(examples = SampleOpd.WEBHOOK_URL) String url,
                          WebhookDelivery.Status status, int attempts, Instant nextAttemptAt,
                          FailureCategory lastFailure, @JsonInclude(JsonInclude.Include.NON_NULL)
                          @Schema(examples = "HTTP 502 Bad Gateway") String lastError, Instant deliveredAt) {
        static Webhook of(WebhookDelivery delivery, boolean failureDetail) {
            return new Webhook(delivery.url, delivery.status, delivery.attempts, delivery.nextAttemptAt,
                    delivery.lastFailureCategory, failureDetail ? delivery.lastError : null, delivery.deliveredAt);
        }
    }

    /** @param failureDetail whether the reader may see what mail servers and endpoints answered (admins) */
    static NotificationView summary(Notification notification, boolean failureDetail) {
        return of(notification, null, failureDetail);
    }

    static NotificationView withMessage(Notification notification, boolean failureDetail) {
        return of(notification, new Message(notification.subject, notification.body), failureDetail);
    }

    private static NotificationView of(Notification n, Message message, boolean failureDetail) {
        return new NotificationView(n.id, n.kind, n.reminderOf, n.reportId, n.recommendationId, n.recipientRole,
                n.opdCode, n.recipientOffice, n.recipientAddress, n.status, n.attempts, n.nextAttemptAt,
                n.lastFailureCategory, failureDetail ? n.lastError : null, n.undeliverableReason, n.notSentReason, n.createdAt,
                n.deliveredAt, n.acknowledgedAt, n.acknowledgedBy,
                WebhookDelivery.ofNotification(n.id).map(delivery -> Webhook.of(delivery, failureDetail)).orElse(null),
                message);
    }
}

package id.netral.console.services;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the admin's and the auditor's pages read from and send to the services' APIs (contracts/*.openapi.yaml): the
 * OPD directory and its webhooks, failed deliveries, dead letters and audit logs. A webhook's secret is only ever
 * sent, never read: the APIs do not give it back.
 */
public final class AdminViews {
    private AdminViews() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Office(String code, String name, String headTitle, String headEmail, String headName,
                         String headPhone, String webhookUrl, String channelPreference, String regionCode,
                         Instant dissolvedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OfficePage(List<Office> items, int page, int size, long total) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Head(String name, String title, String email, String phone, String employeeId, Instant validFrom,
                       String recordedBy, Instant recordedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record HeadPage(List<Head> items, int page, int size, long total) {
    }

    /** An appointment as notification-service takes it; absent fields are left out of the JSON. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record HeadRequest(String name, String title, String email, String phone, Instant validFrom,
                              String employeeId) {
    }

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record OfficeRequest(String code, String name, HeadRequest head, String regionCode) {
    }

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record OfficeChange(String name, String regionCode) {
    }

    public record WebhookRequest(String url, String secret) {
    }

    public record ChannelRequest(String preference) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record StandingRecipient(String role, String officeCode, boolean inCopy, Office office) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record StandingRecipientPage(List<StandingRecipient> items, int page, int size, long total) {
    }

    public record StandingAssignment(String officeCode, Boolean inCopy) {
    }

    /** A notice and how its delivery went, as admins read it (with what the mail server or endpoint answered). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Delivery(UUID id, String kind, UUID reportId, String recipientRole, String opdCode,
                           String recipientOffice, String address, String status, int attempts, String lastFailure,
                           String lastError, String undeliverableReason, Instant createdAt, Instant deliveredAt,
                           WebhookChannel webhook) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record WebhookChannel(String url, String status, int attempts, String lastFailure, String lastError,
                                 Instant deliveredAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DeliveryPage(List<Delivery> items, int page, int size, long total) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DeadLetter(String eventId, String type, String subject, String reason, Instant time, String topic) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DeadLetterPage(List<DeadLetter> items, int page, int size, long total) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ReplayReport(long handled, long duplicates, long failed) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AuditEntry(Instant at, String actor, String clientId, String roles, String address, String action,
                             String recordType, String recordId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AuditPage(List<AuditEntry> items, int page, int size, long total) {
    }

    /** An application/problem+json answer: what the service refused, by field. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ApiProblem(int status, String title, String detail, List<FieldError> errors) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FieldError(String field, String message) {
    }
}

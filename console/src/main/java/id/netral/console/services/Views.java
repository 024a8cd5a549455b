package id.netral.console.services;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the console reads from the services' APIs (contracts/*.openapi.yaml), only the fields it shows. */
public final class Views {
    private Views() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record WorklistPage(List<WorkItem> items, int page, int size, long total) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record WorkItem(UUID id, String trackingCode, String status, Instant submittedAt, String accusedName,
                           String employeeId, String opdCode, String electionId, String kecamatanCode,
                           String kelurahanCode, String suspectedKind, String violationKind, LocalDate decisionDue,
                           boolean overdue, String assignedTo) {
    }

    /** @param forwarding Bawaslu's forwarding of its study to KASN or BKN; null until a verifier records it */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Case(UUID id, String trackingCode, String status, Instant submittedAt, Accused accused,
                       Incident incident, List<Evidence> evidence, Screening screening, Verification verification,
                       VerifierDecision decision, List<Information> information, List<Step> timeline,
                       Forwarding forwarding) {
        /** A case a verifier found proven: the only kind whose study Bawaslu forwards and hands off. */
        public boolean proven() {
            return decision != null && decision.violationKind() != null;
        }
    }

    /** @param receiverText the body and its channel in words, as report-service says it */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Forwarding(LocalDate forwardedOn, String letterNumber, String forwardedBy, String receiver,
                             String receiverText, String recordedBy, Instant recordedAt) {
    }

    /** Bawaslu's forwarding as the verifier records it from the letter. */
    public record ForwardingRequest(LocalDate forwardedOn, String letterNumber, String forwardedBy) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Accused(String employeeId, String name, String employmentType, String opdCode, String position) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Incident(String electionId, LocalDate date, LocalDate knownDate, String kelurahanCode,
                           String description, String suspectedKind) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Evidence(String url, String sha256, String description) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Screening(List<String> reasons, UUID duplicateOf, Instant registeredAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Verification(String assignedTo, Instant assignedAt, LocalDate decisionDue, boolean overdue) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record VerifierDecision(String violationKind, String decidedBy, Instant decidedAt, String note) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Information(String question, String answer, Instant answeredAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Step(String step, String label, Instant at, String by, String detail) {
    }

    public record Assignment(String verifier) {
    }

    public record VerificationRequest(String decision, String violationKind, String note) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Tracking(String trackingCode, String status, String question, List<Step> steps) {
    }

    public record Answer(String answer) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Recommendation(UUID id, UUID reportId, String electionId, LocalDate incidentDate, Accused accused,
                                 String violationKind, String track, String level, List<String> allowedSanctions,
                                 String recommendedSanction, List<String> legalBasis, List<String> explanation,
                                 String sanctioningBody, LocalDate ppkDueDate, String ruleVersion,
                                 Instant recommendedAt, String status,
                                 Instant revisedAt, RecordedDecree decision, Instant overdueAt,
                                 List<SanctionOption> sanctions, List<HistoryEntry> history, HandOff handOff) {
        /** Whether the PPK acts on the examining body's result rather than on Netral's draft. */
        public boolean actsOnBodyResult() {
            return handOff != null && handOff.bodyResult() != null;
        }

        /** Whether Bawaslu forwarded its study, so that KASN or BKN has the case and may answer. */
        public boolean forwarded() {
            return handOff != null && handOff.forwardedOn() != null;
        }
    }

    /**
     * The case beyond the city: Bawaslu's forwarding and the examining body's result.
     *
     * @param ppkActsOnText what the PPK acts on, in words, as sanction-service says it
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record HandOff(LocalDate forwardedOn, String forwardedTo, String forwardingLetterNumber,
                          BodyResult bodyResult, String ppkActsOn, String ppkActsOnText) {
    }

    /** @param sanctionText the body's sanction in words */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BodyResult(String body, String resultNumber, LocalDate resultDate, String recommendedSanction,
                             String sanctionText, String recordedBy, Instant recordedAt) {
    }

    /** The examining body's result as a BKPPD officer records it from the body's letter. */
    public record BodyResultRequest(String resultNumber, LocalDate resultDate, String recommendedSanction) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SanctionOption(String code, String track, String level, String text, List<String> legalBasis) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RecordedDecree(String decreeNumber, LocalDate decreeDate, String imposedSanction, String recordedBy,
                                 Instant recordedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record HistoryEntry(Instant occurredAt, String action, String actor, String reason, List<String> changes) {
    }

    public record Revision(String violationKind, String recommendedSanction, String reason) {
    }

    public record Decree(String decreeNumber, LocalDate decreeDate, String imposedSanction) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    /** @param sanctions every sanction of the catalogue, lightest first within each law */
    public record Catalogue(String version, String title, List<Violation> violations,
                            List<SanctionOption> sanctions) {
    }

    /** A row of the SKB 2022 matrix: its code, the act in words, the track and level it leads to. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Violation(String code, String track, String level, String act, List<String> legalBasis,
                            String note) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Notice(UUID id, String kind, UUID reportId, UUID recommendationId, String recipientRole,
                         String opdCode, String recipientOffice, String status, Instant createdAt,
                         Instant deliveredAt, Instant acknowledgedAt, String acknowledgedBy, Message message) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Message(String subject, String body) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FollowUp(UUID id, String step, String note, String recordedBy, Instant recordedAt,
                           String documentNumber, LocalDate documentDate, LocalDate dueDate) {
        /**
         * Whether the step was taken after the last day it was due, by its document's day (the day notification-service
         * checks against the procedure's calendar). A step the procedure gives no day is never late.
         */
        public boolean late() {
            return dueDate != null && documentDate != null && documentDate.isAfter(dueDate);
        }
    }

    /**
     * The steps of a notice's procedure not taken yet that have a day due.
     *
     * @param today the day notification-service judged them overdue against: today in Kota Kupang
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record StepsDue(LocalDate today, List<StepDue> steps) {
    }

    /** @param overdue the day has passed and the step is still not recorded */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record StepDue(String step, String actor, LocalDate dueDate, boolean overdue) {
    }

    public record FollowUpRequest(String step, String note, String documentNumber, LocalDate documentDate) {
    }

    /** An evidence file of a case, without its content. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Attachment(UUID id, String fileName, String mediaType, long sizeBytes, String sha256,
                             Instant uploadedAt) {
        /** The types the case page shows as a picture; every other file is offered as a download. */
        public boolean picture() {
            return PICTURES.contains(mediaType);
        }
    }

    /** Served inline by the console: plain raster images only (no SVG, which can carry script). */
    public static final java.util.Set<String> PICTURES = java.util.Set.of("image/jpeg", "image/png", "image/webp");

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AttachmentPage(List<Attachment> items, int page, int size, long total) {
    }

    /** @param relation DUPLICATE_OF, LINKED or SAME_ACCUSED */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RelatedReport(UUID id, String relation, String status, Instant submittedAt, String accusedName,
                                String opdCode, LocalDate incidentDate, String suspectedKind) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RelatedReportPage(List<RelatedReport> items, int page, int size, long total) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ReporterIdentity(String name, String contact, String nik, boolean confidential) {
    }

    /** @param notificationId the notice the link acknowledges (a reminder's link answers its notice) */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AcknowledgementLink(UUID notificationId, String kind, UUID reportId, UUID recommendationId,
                                      String opdCode, Instant createdAt, Instant expiresAt, Instant acknowledgedAt) {
    }

    /** A line of a service's recap: a value (a status, an OPD, a kecamatan code, a day) and how many have it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RecapRow(String key, long count) {
    }

    /** An election of sanction-service's calendar. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Election(String id, String name, LocalDate campaignStart, LocalDate campaignEnd,
                           LocalDate votingDay) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ElectionPage(List<Election> items, int page, int size, long total) {
    }
}

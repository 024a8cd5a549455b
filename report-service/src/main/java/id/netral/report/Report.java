package id.netral.report;

import id.netral.casemodel.AccusedColumns;
import id.netral.events.access.Roles;
import id.netral.kit.problem.ProblemException;
import id.netral.kit.security.Caller;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;


import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One case: a report that a civil servant broke neutrality, from submission to the OPD head's notice. */
@Entity
@Table(name = "report")
public class Report extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "tracking_code", nullable = false, unique = true)
    public String trackingCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReportStatus status;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    /** The reporter columns hold ciphertext sealed by ReporterVault under this key. */
    @Column(name = "reporter_key_id", nullable = false)
    public String reporterKeyId;

    @Column(name = "reporter_name")
    public String reporterName;

    @Column(name = "reporter_contact")
    public String reporterContact;

    @Column(name = "reporter_nik")
    public String reporterNik;

    @Column(name = "reporter_confidential", nullable = false)
    public boolean reporterConfidential;

    /** When the reporter's identity was erased, a while after the case closed; null while it is kept. */
    @Column(name = "reporter_erased_at")
    public Instant reporterErasedAt;

    @Embedded
    public AccusedColumns accused;

    @Column(name = "election_id", nullable = false)
    public String electionId;

    @Column(name = "incident_date", nullable = false)
    public LocalDate incidentDate;

    @Column(name = "known_date", nullable = false)
    public LocalDate knownDate;

    /** The day Bawaslu received the report, when earlier than the submission (a paper report typed in later). */
    @Column(name = "received_on")
    public LocalDate receivedOn;

    /** Who vouches for {@link #receivedOn}. */
    @Column(name = "received_vouched_by")
    public String receivedVouchedBy;

    @Column(name = "kelurahan_code", nullable = false)
    public String kelurahanCode;

    @Column(name = "kecamatan_code", nullable = false)
    public String kecamatanCode;

    @Column(nullable = false)
    public String description;

    @Column(name = "suspected_kind")
    public String suspectedKind;

    /** Why screening did not register it (one reason a line), or why it was linked to an earlier report. */
    @Column(name = "screening_reasons")
    public String screeningReasons;

    @Column(name = "duplicate_of")
    public UUID duplicateOf;

    @Column(name = "registered_at")
    public Instant registeredAt;

    @Column(name = "decision_due")
    public LocalDate decisionDue;

    @Column(name = "assigned_to")
    public String assignedTo;

    @Column(name = "assigned_at")
    public Instant assignedAt;

    @Column(name = "violation_kind")
    public String violationKind;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_note")
    public String decisionNote;

    /** The day of Bawaslu's letter forwarding its study to KASN or BKN; null until a verifier records it. */
    @Column(name = "forwarded_on")
    public LocalDate forwardedOn;

    @Column(name = "forwarding_letter_number")
    public String forwardingLetterNumber;

    /** The Bawaslu office or official that forwarded the study, as the letter is signed. */
    @Column(name = "forwarded_by")
    public String forwardedBy;

    /** KASN or BKN: decided by {@link #forwardedOn}. */
    @Column(name = "forwarded_to")
    public String forwardedTo;

    @Column(name = "forwarding_recorded_by")
    public String forwardingRecordedBy;

    @Column(name = "forwarding_recorded_at")
    public Instant forwardingRecordedAt;

    @ElementCollection
    @CollectionTable(name = "report_evidence", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    public List<EvidenceItem> evidence = new ArrayList<>();

    @Version
    public long version;

    /** A partner app reads only the reports it submitted; verifiers and auditors read all of them. */
    public boolean readableBy(Caller caller) {
        return caller.hasRole(Roles.VERIFIER) || caller.hasRole(Roles.AUDITOR) || submittedBy.equals(caller.clientId());
    }

    /** A registered case still waiting for the verifier's decision after its due day. */
    public boolean isOverdue(LocalDate today) {
        return status.openForDecision() && decisionDue != null && today.isAfter(decisionDue);
    }

    /**
     * Writes this case's change now: when another request changed the case since it was read (two verifiers
     * deciding at once), its version check fails here, and service-kit's problem mappers answer 409; nothing changes.
     */
    public void saveOrConflict() {
        getEntityManager().flush();
    }

    /** @throws ProblemException 404 when there is no such report */
    public static Report existing(UUID id) {
        return Report.<Report>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No report " + id));
    }

    public static Optional<Report> byTrackingCode(String trackingCode) {
        return find("trackingCode", trackingCode).firstResultOptional();
    }
}

package id.netral.sanction.recommendation;

import id.netral.events.Accused;
import id.netral.events.ReportVerified;
import id.netral.events.SanctionRecommended;
import id.netral.casemodel.AccusedColumns;
import id.netral.sanction.catalogue.Catalogue;
import id.netral.sanction.catalogue.Level;
import id.netral.sanction.catalogue.Outcome;
import id.netral.sanction.catalogue.PriorCase;
import id.netral.sanction.catalogue.SanctioningBody;
import id.netral.sanction.catalogue.Track;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/** The sanction recommendation for one verified case, as it was sent to the PPK. */
@Entity
@Table(name = "recommendation")
public class Recommendation extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "report_id", nullable = false, unique = true)
    public UUID reportId;

    @Column(name = "violation_kind", nullable = false)
    public String violationKind;

    @Embedded
    public AccusedColumns accused;

    @Column(name = "election_id", nullable = false)
    public String electionId;

    @Column(name = "incident_date", nullable = false)
    public LocalDate incidentDate;

    @Column(name = "verified_at", nullable = false)
    public Instant verifiedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Track track;

    @Enumerated(EnumType.STRING)
    public Level level;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "allowed_sanctions", nullable = false)
    public List<String> allowedSanctions;

    @Column(name = "recommended_sanction")
    public String recommendedSanction;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "legal_basis", nullable = false)
    public List<String> legalBasis;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> explanation;

    @Enumerated(EnumType.STRING)
    @Column(name = "sanctioning_body", nullable = false)
    public SanctioningBody sanctioningBody;

    /** Null while no sanction is named (manual review): no PPK deadline runs before one is. */
    @Column(name = "ppk_due_date")
    public LocalDate ppkDueDate;

    @Column(name = "rule_version", nullable = false)
    public String ruleVersion;

    @Column(name = "recommended_at", nullable = false)
    public Instant recommendedAt;

    /** The SKB row applied: the verified one, or its counterpart on the other side of the candidacy day. */
    @Column(name = "applied_kind", nullable = false)
    public String appliedKind;

    /** Earlier proven cases of the same employee number that were taken into account, oldest first. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "prior_recommendations", nullable = false)
    public List<String> priorRecommendations;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "revised_at")
    public Instant revisedAt;

    @Column(name = "decree_number")
    public String decreeNumber;

    @Column(name = "decree_date")
    public LocalDate decreeDate;

    @Column(name = "imposed_sanction")
    public String imposedSanction;

    /** SANCTIONED, NOT_PROVEN or CANCELLED once decided; null before. */
    @Enumerated(EnumType.STRING)
    @Column(name = "decision_outcome")
    public DecisionOutcome decisionOutcome;

    /** Why the decree imposes no sanction; null for a sanction. */
    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "overdue_at")
    public Instant overdueAt;

    /** The day Bawaslu forwarded its study; null until report-service says it did. */
    @Column(name = "forwarded_on")
    public LocalDate forwardedOn;

    /** The body the study went to, by its day: the one whose result the PPK waits for. */
    @Enumerated(EnumType.STRING)
    @Column(name = "forwarded_to")
    public SanctioningBody forwardedTo;

    @Column(name = "forwarding_letter_number")
    public String forwardingLetterNumber;

    /** The number of KASN's recommendation or BKN's examination result; null until it reaches the city. */
    @Column(name = "body_result_number")
    public String bodyResultNumber;

    @Column(name = "body_result_date")
    public LocalDate bodyResultDate;

    /** The sanction the body recommends, a code of the catalogue. */
    @Column(name = "body_sanction")
    public String bodySanction;

    @Column(name = "body_result_recorded_by")
    public String bodyResultRecordedBy;

    @Column(name = "body_result_recorded_at")
    public Instant bodyResultRecordedAt;

    /** Adds a line to the explanation the PPK and BKPPD read; earlier lines stay as they were. */
    void explain(String line) {
        List<String> all = new java.util.ArrayList<>(explanation);
        all.add(line);
        explanation = List.copyOf(all);
    }

    /** Whether the examining body's result is in: from then the PPK acts on it, not on Netral's draft. */
    public boolean hasBodyResult() {
        return bodyResultNumber != null;
    }

    static Recommendation of(ReportVerified verified, Outcome outcome, Instant recommendedAt,
                             List<String> priorRecommendations) {
        Recommendation r = new Recommendation();
        r.id = UUID.randomUUID();
        r.reportId = verified.reportId();
        r.violationKind = verified.violationKind();
        Accused accused = verified.accused();
        r.accused = AccusedColumns.of(accused);
        r.electionId = verified.electionId();
        r.incidentDate = verified.incidentDate();
        r.verifiedAt = verified.verifiedAt();
        r.applyRow(outcome.appliedKind(), outcome.track(), outcome.level(), outcome.allowedSanctions(),
                outcome.legalBasis(), outcome.ruleVersion());
        r.recommendedSanction = outcome.recommendedSanction();
        r.explanation = outcome.explanation();
        r.sanctioningBody = outcome.sanctioningBody();
        r.ppkDueDate = outcome.ppkDueDate();
        r.recommendedAt = recommendedAt;
        r.priorRecommendations = List.copyOf(priorRecommendations);
        r.status = outcome.track() == Track.MANUAL_REVIEW ? Status.MANUAL_REVIEW : Status.OPEN;
        return r;
    }

    /** What the catalogue says about the SKB row applied; the recommended sanction is chosen separately. */
    void applyRow(String kind, Track track, Level level, List<String> allowed, List<String> basis, String version) {
        appliedKind = kind;
        this.track = track;
        this.level = level;
        allowedSanctions = allowed;
        legalBasis = basis;
        ruleVersion = version;
    }

    /**
     * Whether sanction.recommended has gone out: not for a case made without a sanction (manual review), whose PPK has
     * nothing to act on, so the event and its deadline wait for the revision that names one.
     */
    boolean published() {
        return ppkDueDate != null;
    }

    public static Optional<Recommendation> forReport(UUID reportId) {
        return find("reportId", reportId).firstResultOptional();
    }

    /**
     * The proven cases of one employee number made before now, oldest first; none without a number. A case the PPK
     * found not proven, or cancelled, is no earlier violation.
     */
    static List<Recommendation> earlierOf(String employeeId) {
        return employeeId == null || employeeId.isBlank() ? List.of()
                : list("accused.employeeId = ?1 and (decisionOutcome is null or decisionOutcome = ?2) "
                + "order by recommendedAt, id", employeeId, DecisionOutcome.SANCTIONED);
    }

    /** As the explanation of a later case names it: the PPK's sanction if decided, else the recommended one. */
    PriorCase asPrior() {
        return new PriorCase(id, incidentDate, recommendedAt, appliedKind, track,
                imposedSanction != null ? imposedSanction : recommendedSanction);
    }

    /**
     * The event as other services see it: the accused and the rules with their wording from the catalogue version
     * used (none for a case no catalogue covered), nothing about who reported.
     */
    SanctionRecommended toEvent(Optional<Catalogue> catalogue) {
        Map<String, String> sanctionTexts = new TreeMap<>();
        catalogue.ifPresent(c -> allowedSanctions.forEach(code -> c.sanction(code)
                .ifPresent(sanction -> sanctionTexts.put(code, sanction.text()))));
        String violationText = catalogue.flatMap(c -> c.violation(violationKind)).map(Catalogue.Violation::act)
                .orElse(null);
        return new SanctionRecommended(id, reportId, accused.toAccused(), violationKind, track.name(),
                level == null ? null : level.name(), allowedSanctions, recommendedSanction, legalBasis,
                sanctioningBody.name(), ppkDueDate, explanation, ruleVersion, recommendedAt, violationText,
                sanctionTexts);
    }
}

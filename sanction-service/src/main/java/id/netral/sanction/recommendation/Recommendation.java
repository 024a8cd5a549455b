package id.netral.sanction.recommendation;

import id.netral.events.Accused;
import id.netral.events.ReportVerified;
import id.netral.events.SanctionRecommended;
import id.netral.kit.accused.AccusedColumns;
import id.netral.sanction.catalogue.Level;
import id.netral.sanction.catalogue.Outcome;
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
import java.util.Optional;
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

    @Column(name = "ppk_due_date", nullable = false)
    public LocalDate ppkDueDate;

    @Column(name = "rule_version", nullable = false)
    public String ruleVersion;

    @Column(name = "recommended_at", nullable = false)
    public Instant recommendedAt;

    static Recommendation of(ReportVerified verified, Outcome outcome, Instant recommendedAt) {
        Recommendation r = new Recommendation();
        r.id = UUID.randomUUID();
        r.reportId = verified.reportId();
        r.violationKind = verified.violationKind();
        Accused accused = verified.accused();
        r.accused = AccusedColumns.of(accused);
        r.electionId = verified.electionId();
        r.incidentDate = verified.incidentDate();
        r.verifiedAt = verified.verifiedAt();
        r.track = outcome.track();
        r.level = outcome.level();
        r.allowedSanctions = outcome.allowedSanctions();
        r.recommendedSanction = outcome.recommendedSanction();
        r.legalBasis = outcome.legalBasis();
        r.explanation = outcome.explanation();
        r.sanctioningBody = outcome.sanctioningBody();
        r.ppkDueDate = outcome.ppkDueDate();
        r.ruleVersion = outcome.ruleVersion();
        r.recommendedAt = recommendedAt;
        return r;
    }

    public static Optional<Recommendation> forReport(UUID reportId) {
        return find("reportId", reportId).firstResultOptional();
    }

    /** The event as other services see it: the accused and the rules, nothing about who reported. */
    SanctionRecommended toEvent() {
        return new SanctionRecommended(id, reportId, accused.toAccused(), violationKind, track.name(),
                level == null ? null : level.name(), allowedSanctions, recommendedSanction, legalBasis,
                sanctioningBody.name(), ppkDueDate, explanation, ruleVersion, recommendedAt);
    }
}

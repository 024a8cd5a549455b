package id.netral.report.intake;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** The Idempotency-Key of a submission and the fingerprint of its body, so a retry returns the first answer. */
@Entity
@Table(name = "submission_key")
public class SubmissionKey extends PanacheEntityBase {
    @Id
    @Column(name = "idempotency_key")
    public String key;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(name = "report_id", nullable = false)
    public UUID reportId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    static void remember(String key, String requestHash, UUID reportId) {
        SubmissionKey entry = new SubmissionKey();
        entry.key = key;
        entry.requestHash = requestHash;
        entry.reportId = reportId;
        entry.createdAt = Instant.now();
        entry.persist();
    }
}

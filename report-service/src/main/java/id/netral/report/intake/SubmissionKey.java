package id.netral.report.intake;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The Idempotency-Key of a submission and the fingerprint of its body, so a retry returns the first answer. Keys
 * belong to the partner app that sent them: two apps may use the same key without meeting.
 */
@Entity
@Table(name = "submission_key")
@IdClass(SubmissionKey.Key.class)
public class SubmissionKey extends PanacheEntityBase {
    @Id
    @Column(name = "client_id")
    public String clientId;

    @Id
    @Column(name = "idempotency_key")
    public String key;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(name = "report_id", nullable = false)
    public UUID reportId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    static Optional<SubmissionKey> of(String clientId, String key) {
        return find("clientId = ?1 and key = ?2", clientId, key).firstResultOptional();
    }

    /**
     * Records the key for this report in one statement, unless the client used it before. A first use of the same key
     * still running in another transaction makes this wait until that one ends, then find its row: so two attempts at
     * once never both open a case. The report is inserted later in the same transaction (the foreign key is checked
     * at commit).
     *
     * @return false when the key was already used; then {@link #of} finds that use
     */
    static boolean claim(String clientId, String key, String requestHash, UUID reportId) {
        return getEntityManager().createNativeQuery("""
                        INSERT INTO submission_key (client_id, idempotency_key, request_hash, report_id, created_at)
                        VALUES (:client, :key, :hash, :report, now()) ON CONFLICT DO NOTHING""")
                .setParameter("client", clientId).setParameter("key", key).setParameter("hash", requestHash)
                .setParameter("report", reportId).executeUpdate() == 1;
    }

    public static class Key implements Serializable {
        public String clientId;
        public String key;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(clientId, that.clientId)
                    && Objects.equals(key, that.key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(clientId, key);
        }
    }
}

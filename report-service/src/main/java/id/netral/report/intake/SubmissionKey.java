package id.netral.report.intake;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
     * Takes a transaction-long lock on the key, so that two first uses of one key at once run one after the other:
     * the second then finds the first's key instead of failing on the key's unique constraint.
     */
    static void lockFirstUse(String clientId, String key) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256")
                    .digest((clientId + '\n' + key).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        getEntityManager().createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(:lock)")
                .setParameter("lock", ByteBuffer.wrap(digest).getLong()).getSingleResult();
    }

    static void remember(String clientId, String key, String requestHash, UUID reportId) {
        SubmissionKey entry = new SubmissionKey();
        entry.clientId = clientId;
        entry.key = key;
        entry.requestHash = requestHash;
        entry.reportId = reportId;
        entry.createdAt = Instant.now();
        entry.persist();
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

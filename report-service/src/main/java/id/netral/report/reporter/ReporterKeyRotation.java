package id.netral.report.reporter;

import id.netral.report.Report;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.UUID;

/**
 * Retiring a reporter-encryption key: every identity still sealed under another key is opened with it and sealed
 * again under the active key, a batch per short transaction (rows locked with SKIP LOCKED, so submissions and a second
 * rotation go on meanwhile). Once no report is under the old key, it can be removed from the keyring.
 */
@ApplicationScoped
public class ReporterKeyRotation {
    private static final Logger LOG = Logger.getLogger(ReporterKeyRotation.class);
    private static final int BATCH = 200;
    private static final String[] FIELDS = {"name", "contact", "nik"};

    @Inject
    ReporterVault vault;
    @Inject
    EntityManager entityManager;

    /** How many reports are sealed under each key: a key with none can leave the keyring. */
    public record KeyUse(String keyId, long reports, boolean active) {
    }

    public List<KeyUse> keysInUse() {
        return QuarkusTransaction.joiningExisting().call(() -> entityManager.createQuery(
                        "select reporterKeyId, count(*) from Report group by reporterKeyId order by reporterKeyId",
                        Object[].class).getResultList().stream()
                .map(row -> new KeyUse((String) row[0], (Long) row[1], row[0].equals(vault.activeKeyId())))
                .toList());
    }

    /**
     * @return how many reports were sealed again
     * @throws IllegalStateException when a report is sealed under a key no longer configured
     */
    public int resealAll() {
        int total = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(this::resealBatch);
            total += batch;
        } while (batch == BATCH);
        if (total > 0) {
            LOG.infof("Sealed the reporter identity of %d report(s) again under key %s", total, vault.activeKeyId());
        }
        return total;
    }

    @SuppressWarnings("unchecked")
    private int resealBatch() {
        List<UUID> ids = entityManager.createNativeQuery("""
                        SELECT id FROM report WHERE reporter_key_id <> :active
                        ORDER BY id LIMIT :batch FOR UPDATE SKIP LOCKED""", UUID.class)
                .setParameter("active", vault.activeKeyId())
                .setParameter("batch", BATCH)
                .getResultList();
        for (UUID id : ids) {
            reseal(entityManager.find(Report.class, id));
        }
        return ids.size();
    }

    private void reseal(Report report) {
        String[] sealed = {report.reporterName, report.reporterContact, report.reporterNik};
        for (int i = 0; i < FIELDS.length; i++) {
            sealed[i] = vault.seal(vault.open(sealed[i], report.reporterKeyId, report.id, FIELDS[i]), report.id,
                    FIELDS[i]);
        }
        report.reporterName = sealed[0];
        report.reporterContact = sealed[1];
        report.reporterNik = sealed[2];
        report.reporterKeyId = vault.activeKeyId();
    }
}

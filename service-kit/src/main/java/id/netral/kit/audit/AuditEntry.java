package id.netral.kit.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One line of the audit log; never changed once written. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {
    /** Fifty ids per trip to the sequence: the entry goes with its transaction's other rows at commit (V0_5). */
    @Id
    @SequenceGenerator(name = "audit_entry_id", sequenceName = "audit_entry_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_id")
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public String actor;

    @Column(name = "client_id", nullable = false)
    public String clientId;

    @Column(nullable = false)
    public String roles;

    @Column(nullable = false)
    public String address;

    @Column(nullable = false)
    public String action;

    @Column(name = "record_type", nullable = false)
    public String recordType;

    @Column(name = "record_id")
    public String recordId;
}

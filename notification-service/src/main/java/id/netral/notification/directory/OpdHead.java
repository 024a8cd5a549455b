package id.netral.notification.directory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One appointment of a head of an OPD, effective from a moment on until the next one. */
@Entity
@Table(name = "opd_head")
public class OpdHead extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "opd_code", nullable = false)
    public String opdCode;

    public String name;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String email;

    public String phone;

    /** The head's NIP, when the admin recorded it: how a case against the head is recognised. */
    @Column(name = "employee_id")
    public String employeeId;

    @Column(name = "valid_from", nullable = false)
    public Instant validFrom;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public static List<OpdHead> history(String opdCode) {
        return list("opdCode = ?1 order by validFrom", opdCode);
    }

    /**
     * The appointment in force at a moment: the latest that took effect by then. Read from the history, not from the
     * office's row, which takes an appointment over only when the directory's job next runs.
     */
    public static Optional<OpdHead> inOffice(String opdCode, Instant at) {
        return find("opdCode = ?1 and validFrom <= ?2 order by validFrom desc", opdCode, at).firstResultOptional();
    }

    public static boolean exists(String opdCode, Instant validFrom) {
        return count("opdCode = ?1 and validFrom = ?2", opdCode, validFrom) > 0;
    }
}

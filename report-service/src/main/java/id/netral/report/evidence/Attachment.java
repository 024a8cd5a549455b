package id.netral.report.evidence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An evidence file of a report, with its SHA-256. */
@Entity
@Table(name = "report_attachment")
public class Attachment extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "report_id", nullable = false)
    public UUID reportId;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(nullable = false)
    public String sha256;

    // loaded only when the file itself is asked for, not when a report lists its attachments
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] content;

    @Column(name = "uploaded_by", nullable = false)
    public String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;

    static long totalBytesOf(UUID reportId) {
        return getEntityManager().createQuery("select coalesce(sum(a.sizeBytes), 0) from Attachment a "
                + "where a.reportId = :report", Long.class).setParameter("report", reportId).getSingleResult();
    }

    public static List<Attachment> of(UUID reportId) {
        return list("reportId = ?1 order by uploadedAt", reportId);
    }
}

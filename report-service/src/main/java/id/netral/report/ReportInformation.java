package id.netral.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A verifier's question and the reporter's answer, given through the tracking code. */
@Entity
@Table(name = "report_information")
public class ReportInformation extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "report_id", nullable = false)
    public UUID reportId;

    @Column(nullable = false)
    public String question;

    @Column(nullable = false)
    public String answer;

    @Column(name = "answered_at", nullable = false)
    public Instant answeredAt;

    public static void record(UUID reportId, String question, String answer, Instant at) {
        ReportInformation information = new ReportInformation();
        information.reportId = reportId;
        information.question = question;
        information.answer = answer;
        information.answeredAt = at;
        information.persist();
    }

    public static List<ReportInformation> of(UUID reportId) {
        return list("reportId = ?1 order by answeredAt", reportId);
    }
}

package id.netral.sanction.recommendation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One step in the life of a recommendation; written once, never changed. */
@Entity
@Table(name = "recommendation_history")
public class HistoryEntry extends PanacheEntityBase {
    public enum Action {
        RECOMMENDED, REVISED, DECIDED, OVERDUE,
        /** Bawaslu forwarded its study to KASN or BKN. */
        FORWARDED,
        /** KASN's or BKN's result was recorded. */
        BODY_RESULT,
        /** A step of the procedure at the city (summons, examination, Majelis Kode Etik...) was recorded. */
        PROCEDURE_STEP
    }

    @Id
    public UUID id;

    @Column(name = "recommendation_id", nullable = false)
    public UUID recommendationId;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    public Action action;

    @Column(nullable = false)
    public String actor;

    public String reason;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> changes;

    static void write(UUID recommendationId, Instant at, Action action, String actor, String reason,
                      List<String> changes) {
        HistoryEntry entry = new HistoryEntry();
        entry.id = UUID.randomUUID();
        entry.recommendationId = recommendationId;
        entry.occurredAt = at;
        entry.action = action;
        entry.actor = actor;
        entry.reason = reason;
        entry.changes = List.copyOf(changes);
        entry.persist();
    }

    static List<HistoryEntry> of(UUID recommendationId) {
        return list("recommendationId = ?1 order by occurredAt, id", recommendationId);
    }

    /** As the detail view shows it. */
    @Schema(name = "HistoryEntry")
    public record View(Instant occurredAt, Action action, String actor,
                       @Schema(examples = "Unggahan kampanye diulang tiga kali dan disebarkan di grup kantor.")
                       String reason, List<String> changes) {
        static View of(HistoryEntry e) {
            return new View(e.occurredAt, e.action, e.actor, e.reason, e.changes);
        }
    }
}

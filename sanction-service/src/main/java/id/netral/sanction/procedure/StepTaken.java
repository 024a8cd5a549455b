package id.netral.sanction.procedure;

import id.netral.events.FollowUpRecorded;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A step of the procedure at the city taken on a recommendation, as notification-service told it; never changed. */
@Entity
@Table(name = "procedure_step")
public class StepTaken extends PanacheEntityBase {
    @EmbeddedId
    public Key key;

    public String actor;

    @Column(name = "document_number")
    public String documentNumber;

    @Column(name = "document_date")
    public LocalDate documentDate;

    @Column(name = "notification_id", nullable = false)
    public UUID notificationId;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /**
     * One step of one recommendation: a step is taken once, but an examination (EXAMINED) twice at most, by the
     * direct superior and by the examination team formed after it when the case's level was raised to one that
     * needs a team.
     */
    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "recommendation_id", nullable = false)
        public UUID recommendationId;

        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public Step step;

        /** An examination held by the examination team (or after it was formed); false for every other step. */
        @Column(name = "by_examination_team", nullable = false)
        public boolean byExaminationTeam;

        protected Key() {
        }

        Key(UUID recommendationId, Step step, boolean byExaminationTeam) {
            this.recommendationId = recommendationId;
            this.step = step;
            this.byExaminationTeam = byExaminationTeam;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && recommendationId.equals(other.recommendationId) && step == other.step
                    && byExaminationTeam == other.byExaminationTeam;
        }

        @Override
        public int hashCode() {
            return Objects.hash(recommendationId, step, byExaminationTeam);
        }
    }

    public Step step() {
        return key.step;
    }

    /** Whether this is an examination the examination team held. */
    public boolean byExaminationTeam() {
        return key.byExaminationTeam;
    }

    /**
     * The step the event tells, not yet stored. An examination is the team's when the team is named as its examiner or
     * was formed before it (an event from before examiners were named).
     */
    public static StepTaken of(FollowUpRecorded event) {
        Step step = Step.valueOf(event.step());
        boolean byTeam = step.counts(Step.EXAMINED) && ("EXAMINATION_TEAM".equals(event.actor())
                || known(event.recommendationId(), Step.EXAMINATION_TEAM_FORMED, false));
        StepTaken taken = new StepTaken();
        taken.key = new Key(event.recommendationId(), step, byTeam);
        taken.actor = event.actor();
        taken.documentNumber = event.documentNumber();
        taken.documentDate = event.documentDate();
        taken.notificationId = event.notificationId();
        taken.recordedBy = event.recordedBy();
        taken.recordedAt = event.recordedAt();
        return taken;
    }

    /** Whether this step, by this examiner, is already kept. */
    public boolean known() {
        return findById(key) != null;
    }

    private static boolean known(UUID recommendationId, Step step, boolean byExaminationTeam) {
        return findById(new Key(recommendationId, step, byExaminationTeam)) != null;
    }

    /** The steps taken on a recommendation, in the order they were recorded. */
    public static List<StepTaken> of(UUID recommendationId) {
        return list("key.recommendationId = ?1 order by recordedAt, key.step", recommendationId);
    }

    /**
     * As the recommendation's detail view shows it.
     *
     * @param words the step in Bahasa Indonesia, as people read it
     */
    @Schema(name = "ProcedureStep")
    public record View(Step step, @Schema(examples = "pegawai diperiksa (berita acara pemeriksaan)") String words,
                       @Schema(examples = "EXAMINATION_TEAM") String actor,
                       @Schema(examples = "800/15/DISPERKIM/2024") String documentNumber, LocalDate documentDate,
                       Instant recordedAt) {
        public static View of(StepTaken s) {
            return new View(s.step(), s.step().words(), s.actor, s.documentNumber, s.documentDate, s.recordedAt);
        }
    }
}

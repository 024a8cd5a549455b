package id.netral.sanction.procedure;

import id.netral.events.words.CodeWords;

/**
 * A step of the procedure at the city as notification-service records it (its followup.FollowUpStep, the values of
 * follow-up-recorded's {@code step}): PP 94/2021 for discipline, PP 42/2004 and the Majelis Kode Etik for ethics.
 */
public enum Step {
    SUMMONED, EXAMINATION_TEAM_FORMED, EXAMINED, ETHICS_COUNCIL_FORMED, ETHICS_COUNCIL_CONCLUDED, SANCTION_PROPOSED,
    DECISION_DELIVERED, OBJECTION_FILED, RECORD_BLOCKED,
    /** Recorded before the summons and the examination were steps of their own: it stands for both. */
    SUMMONED_AND_EXAMINED,
    /** Recorded before the PPK's decree was taken from sanction-service; says nothing about the examination. */
    DECREE_ISSUED;

    /** The step in words, as the history and the timeline say it. */
    public String words() {
        return CodeWords.FOLLOW_UP_STEP.of(name());
    }

    /** Whether this recorded step shows that {@code step} was taken. */
    boolean counts(Step step) {
        return this == step || (this == SUMMONED_AND_EXAMINED && (step == SUMMONED || step == EXAMINED));
    }
}

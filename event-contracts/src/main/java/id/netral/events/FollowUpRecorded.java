package id.netral.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One step of the procedure at the city after a recommendation (PP 94/2021, PP 42/2004), as recorded on the notice to
 * the OPD head.
 *
 * @param step           SUMMONED, EXAMINATION_TEAM_FORMED, EXAMINED, ETHICS_COUNCIL_FORMED, ETHICS_COUNCIL_CONCLUDED,
 *                       SANCTION_PROPOSED, DECISION_DELIVERED, OBJECTION_FILED or RECORD_BLOCKED; events written before
 *                       the procedure was modelled step by step also carry SUMMONED_AND_EXAMINED or DECREE_ISSUED
 * @param actor          who takes the step: DIRECT_SUPERIOR, PPK, EXAMINATION_TEAM, ETHICS_COUNCIL, CIVIL_SERVANT or
 *                       BKN; null on older events
 * @param documentNumber the number of the step's document (surat panggilan, BAP, keputusan, tanda terima, surat
 *                       keberatan, BKN's letter); null on older events
 * @param documentDate   the date of that document
 * @param dueDate        the last day the step was due, where the procedure gives it one; null otherwise
 * @param appealKind     on OBJECTION_FILED: KEBERATAN or BANDING_ADMINISTRATIF; null otherwise
 */
public record FollowUpRecorded(UUID notificationId, UUID reportId, UUID recommendationId, String opdCode, String step,
                               String note, String recordedBy, Instant recordedAt, String actor,
                               String documentNumber, LocalDate documentDate, LocalDate dueDate, String appealKind) {
    /** An event as written before steps carried their document and deadline. */
    public FollowUpRecorded(UUID notificationId, UUID reportId, UUID recommendationId, String opdCode, String step,
                            String note, String recordedBy, Instant recordedAt) {
        this(notificationId, reportId, recommendationId, opdCode, step, note, recordedBy, recordedAt, null, null, null,
                null, null);
    }
}

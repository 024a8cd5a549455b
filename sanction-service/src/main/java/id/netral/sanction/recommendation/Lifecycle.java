package id.netral.sanction.recommendation;

import id.netral.events.SanctionDecided;
import id.netral.events.SanctionNotImposed;
import id.netral.events.SanctionRevised;
import id.netral.kit.outbox.Outbox;
import id.netral.kit.problem.ProblemException;
import id.netral.sanction.catalogue.SanctionRules;
import id.netral.sanction.catalogue.SanctionRules.Assessment;
import id.netral.sanction.catalogue.RuleBook;
import id.netral.sanction.catalogue.Track;
import id.netral.sanction.procedure.Step;
import id.netral.sanction.procedure.StepsBeforeDecree;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What people do to a recommendation after it is made: a BKPPD officer revises it, the PPK records the decree. Each
 * step runs in the frame of {@link RecommendationChanges} (the row locked, the caller's right to act on it, history and
 * audit) and writes its event to the outbox, in one transaction.
 */
@ApplicationScoped
public class Lifecycle {
    @Inject
    SanctionRules rules;
    @Inject
    RuleBook ruleBook;
    @Inject
    Outbox outbox;
    @Inject
    RecommendationChanges changes;
    @Inject
    Clock clock;
    @Inject
    StepsBeforeDecree stepsBeforeDecree;

    @Transactional
    public Recommendation revise(UUID id, Revision revision) {
        RecommendationChanges.Change change = changes.begin(id);
        Recommendation r = change.recommendation();
        if (r.status == Status.DECIDED) {
            throw ProblemException.conflict("Recommendation " + id + " was decided by decree " + r.decreeNumber
                    + "; a decided recommendation is not revised");
        }
        if (revision.violationKind() == null && revision.recommendedSanction() == null) {
            throw ProblemException.invalid("violationKind", "or recommendedSanction is required: what to revise");
        }
        List<String> lines = new ArrayList<>();
        boolean newRow = revision.violationKind() != null && !revision.violationKind().equals(r.appliedKind);
        if (newRow) {
            Assessment a = rules.assess(revision.violationKind(), r.accused.employmentType, r.incidentDate);
            lines.add("Baris " + r.appliedKind + " -> " + a.kind() + ", jalur " + r.track.label() + " -> "
                    + a.track().label() + (Objects.equals(r.level, a.level()) ? "" : ", tingkat " + r.level + " -> "
                    + a.level()) + ".");
            r.applyRow(a.kind(), a.track(), a.level(), a.allowedSanctions(), a.legalBasis(), a.ruleVersion());
        }
        // a sanction named is taken as is; a new row keeps the sanction if the row allows it, else its lightest
        String recommended = revision.recommendedSanction() != null ? revision.recommendedSanction()
                : !newRow || r.allowedSanctions.contains(r.recommendedSanction) ? r.recommendedSanction
                : r.allowedSanctions.isEmpty() ? null : r.allowedSanctions.get(0);
        if (recommended != null && !r.allowedSanctions.contains(recommended)) {
            throw ProblemException.invalid("recommendedSanction", "must be one of the allowed sanctions "
                    + r.allowedSanctions + " of row " + r.appliedKind);
        }
        if (!Objects.equals(recommended, r.recommendedSanction)) {
            lines.add("Sanksi yang direkomendasikan " + r.recommendedSanction + " -> " + recommended + ".");
            r.recommendedSanction = recommended;
        }
        if (lines.isEmpty()) {
            throw ProblemException.invalid("recommendedSanction", "the revision changes nothing");
        }
        boolean wasPublished = r.published();
        if (r.track == Track.MANUAL_REVIEW) {
            r.status = Status.MANUAL_REVIEW;
        } else if (r.status == Status.MANUAL_REVIEW) {
            // the PPK could not act on a case no rule decided: the period starts when it names a sanction
            r.status = Status.OPEN;
            r.ppkDueDate = rules.dueDate(LocalDate.now(clock));
            lines.add("Status MANUAL_REVIEW -> OPEN; batas waktu PPK mulai berjalan: " + r.ppkDueDate + ".");
        }
        Instant now = change.at();
        String actor = change.actor();
        r.revisedAt = now;
        r.explain("Direvisi " + now + " oleh " + actor + ": " + String.join(" ", lines) + " Alasan: "
                + revision.reason().strip());
        changes.record(change, HistoryEntry.Action.REVISED, revision.reason().strip(), lines, "recommendation.revise");
        if (wasPublished) {
            outbox.append(r.reportId, new SanctionRevised(r.id, r.reportId, actor, revision.reason().strip(),
                    r.track.name(), r.level == null ? null : r.level.name(), r.allowedSanctions,
                    r.recommendedSanction, r.legalBasis, r.ppkDueDate, now));
        } else if (r.published()) {
            // the first time the PPK has something to act on: the recommendation goes out now, with its deadline
            outbox.append(r.reportId, r.toEvent(ruleBook.version(r.ruleVersion)));
        }
        return r;
    }

    @Transactional
    public Recommendation decide(UUID id, Decision decision) {
        RecommendationChanges.Change change = changes.begin(id);
        Recommendation r = change.recommendation();
        if (r.status == Status.DECIDED) {
            throw ProblemException.conflict("Recommendation " + id + " was already decided by decree "
                    + r.decreeNumber + " of " + r.decreeDate);
        }
        if (r.status == Status.MANUAL_REVIEW) {
            throw ProblemException.conflict("Recommendation " + id + " names no sanction yet: BKPPD must revise it "
                    + "before the PPK's decision is recorded");
        }
        DecisionOutcome outcome = decision.outcomeOrSanctioned();
        String reason = decision.reason() == null || decision.reason().isBlank() ? null : decision.reason().strip();
        if (outcome == DecisionOutcome.SANCTIONED) {
            if (decision.imposedSanction() == null || decision.imposedSanction().isBlank()) {
                throw ProblemException.invalid("imposedSanction", "is required: the sanction the decree imposes");
            }
            // once KASN's or BKN's result is in, the PPK acts on it: its sanction may lie outside Netral's draft
            List<String> allowed = new ArrayList<>(r.allowedSanctions);
            if (r.bodySanction != null && !allowed.contains(r.bodySanction)) {
                allowed.add(r.bodySanction);
            }
            if (!allowed.contains(decision.imposedSanction())) {
                throw ProblemException.invalid("imposedSanction", "must be one of the allowed sanctions " + allowed);
            }
        } else {
            if (decision.imposedSanction() != null && !decision.imposedSanction().isBlank()) {
                throw ProblemException.invalid("imposedSanction", "must be empty: a decree that finds the case "
                        + outcome + " imposes no sanction");
            }
            if (reason == null) {
                throw ProblemException.invalid("reason", "is required: why the decree imposes no sanction ("
                        + outcome + ")");
            }
        }
        LocalDate today = LocalDate.now(clock);
        if (decision.decreeDate().isAfter(today)) {
            throw ProblemException.invalid("decreeDate", "must not be in the future");
        }
        if (decision.decreeDate().isBefore(r.incidentDate)) {
            throw ProblemException.invalid("decreeDate", "must not be before the act (" + r.incidentDate + ")");
        }
        if (outcome.restsOnTheExamination()) {
            List<Step> missing = stepsBeforeDecree.missing(r.id, r.track, r.level);
            if (!missing.isEmpty()) {
                throw ProblemException.conflict("The PPK's decree (" + outcome + ") cannot be recorded before the "
                        + "examination: " + stepsBeforeDecree.why(r.track, r.level) + ". Not recorded yet: "
                        + stepsBeforeDecree.inWords(missing, r.id, r.track, r.level) + ". The OPD head records "
                        + "each step on the notice at notification-service; nothing was changed");
            }
        }
        Instant now = change.at();
        String actor = change.actor();
        String late = r.status == Status.OVERDUE ? " (sesudah batas waktu " + r.ppkDueDate + ")" : "";
        r.status = Status.DECIDED;
        r.decreeNumber = decision.decreeNumber().strip();
        r.decreeDate = decision.decreeDate();
        r.decisionOutcome = outcome;
        r.decisionReason = reason;
        r.decidedBy = actor;
        r.decidedAt = now;
        if (outcome == DecisionOutcome.SANCTIONED) {
            r.imposedSanction = decision.imposedSanction();
            changes.record(change, HistoryEntry.Action.DECIDED, null, List.of("Keputusan PPK nomor "
                    + r.decreeNumber + " tanggal " + r.decreeDate + ": " + r.imposedSanction + late + "."),
                    "recommendation.decide");
            outbox.append(r.reportId, new SanctionDecided(r.id, r.reportId, r.decreeNumber, r.decreeDate,
                    r.imposedSanction, actor, now));
        } else {
            r.imposedSanction = null;
            changes.record(change, HistoryEntry.Action.DECIDED, reason, List.of("Keputusan PPK nomor "
                    + r.decreeNumber + " tanggal " + r.decreeDate + ": " + outcome.words() + late + "."),
                    "recommendation.decide");
            outbox.append(r.reportId, new SanctionNotImposed(r.id, r.reportId, r.decreeNumber, r.decreeDate,
                    outcome.name(), reason, actor, now));
        }
        return r;
    }
}

package id.netral.notification.followup;

import id.netral.events.SanctionRecommended;
import id.netral.kit.problem.ProblemException;
import id.netral.kit.time.WorkingDays;
import id.netral.notification.Notification;
import id.netral.notification.NotificationKind;
import id.netral.notification.recommendation.ReceivedRecommendation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The order the law allows the steps of the procedure at the city, and the day each is due. Discipline (PP 94/2021;
 * PPPK through PP 49/2018 Pasal 52): summons by the direct superior, an examination team where the level requires it,
 * the examination (BAP), the proposal; the PPK's decision (recorded in sanction-service); its delivery to the civil
 * servant; the civil servant's objection or appeal within its window. Ethics (PP 42/2004): the Majelis Kode Etik
 * instead of the summons and examination. BKN's blocking of the personnel record comes only once the city is late.
 * A refused step changes nothing: the caller gets a problem saying why.
 */
@ApplicationScoped
public class Procedure {
    @Inject
    ProcedureConfig config;
    @Inject
    WorkingDays workingDays;
    /** Kota Kupang's zone, for the day a notice was sent */
    @Inject
    ZoneId kupang;
    @Inject
    Clock clock;

    /** What is known of the case when a step is recorded. */
    public record Case(Notification notice, Optional<SanctionRecommended> recommendation,
                       Optional<ReceivedRecommendation.Decision> decision, List<FollowUp> recorded) {
        /** What is stored of the case of a notice to an OPD head, on which its steps are recorded. */
        public static Case of(Notification notice) {
            return new Case(notice, ReceivedRecommendation.of(notice.recommendationId),
                    ReceivedRecommendation.row(notice.recommendationId).flatMap(ReceivedRecommendation::decision),
                    FollowUp.ofNotification(notice.id));
        }

        boolean ethics() {
            return recommendation.map(r -> "ETHICS".equals(r.track())).orElse(false);
        }

        /**
         * The examination team was formed after the direct superior examined and has not examined yet: the case's
         * level was raised to one that needs a team (BKPPD's revision or the examining body's result, which this
         * service does not follow), and the team examines again.
         */
        boolean teamStillToExamine() {
            return done(FollowUpStep.EXAMINATION_TEAM_FORMED).isPresent() && recorded.stream()
                    .noneMatch(f -> f.step == FollowUpStep.EXAMINED && f.actor == ProcedureActor.EXAMINATION_TEAM);
        }

        Optional<FollowUp> done(FollowUpStep step) {
            return recorded.stream().filter(f -> f.step == step
                    // recorded before the steps were apart: the summons and the examination in one
                    || (f.step == FollowUpStep.SUMMONED_AND_EXAMINED
                    && (step == FollowUpStep.SUMMONED || step == FollowUpStep.EXAMINED))).findFirst();
        }
    }

    /**
     * Refuses a step the procedure does not allow now, and answers the day it was due (null where the law gives it no
     * deadline).
     *
     * @param documentDate the date of the step's document, not in the future (checked by the caller)
     */
    public LocalDate check(Case c, FollowUpStep step, LocalDate documentDate) {
        if (!step.recordable()) {
            throw ProblemException.invalid("step", "is no longer recorded: record the summons (SUMMONED) and the "
                    + "examination (EXAMINED) as steps of their own; the PPK's decree is recorded in sanction-service");
        }
        if (c.done(step).isPresent() && !(step == FollowUpStep.EXAMINED && c.teamStillToExamine())) {
            throw ProblemException.conflict("Step " + step + " is already recorded on notification " + c.notice().id);
        }
        switch (step) {
            case SUMMONED -> {
                discipline(c, step);
                beforeDecision(c, step);
                notBefore(documentDate, c.notice().createdAt.atZone(kupang).toLocalDate(), "the notice");
                return summonsDue(c.notice());
            }
            case EXAMINATION_TEAM_FORMED -> {
                discipline(c, step);
                beforeDecision(c, step);
                // formed after the superior's examination too: a case raised to a heavy level needs the team's own
                // examination before the PPK's decree (sanction-service waits for it), which follows this step
            }
            case EXAMINED -> {
                discipline(c, step);
                beforeDecision(c, step);
                FollowUp summons = after(c, FollowUpStep.SUMMONED, step);
                notBefore(documentDate, summons.documentDate, "the summons");
                if (teamRequired(c) && c.done(FollowUpStep.EXAMINATION_TEAM_FORMED).isEmpty()) {
                    throw ProblemException.conflict("The level of this case (" + c.recommendation().get().level()
                            + ") requires an examination team: record EXAMINATION_TEAM_FORMED before the "
                            + "examination");
                }
                c.done(FollowUpStep.EXAMINATION_TEAM_FORMED)
                        .ifPresent(team -> notBefore(documentDate, team.documentDate, "the examination team"));
            }
            case ETHICS_COUNCIL_FORMED -> {
                if (!c.ethics()) {
                    throw ProblemException.conflict("The Majelis Kode Etik handles ethics cases (PP 42/2004); this "
                            + "case is on the discipline track: summon and examine instead");
                }
                beforeDecision(c, step);
            }
            case ETHICS_COUNCIL_CONCLUDED -> {
                beforeDecision(c, step);
                notBefore(documentDate, after(c, FollowUpStep.ETHICS_COUNCIL_FORMED, step).documentDate,
                        "the forming of the Majelis Kode Etik");
            }
            case SANCTION_PROPOSED -> {
                beforeDecision(c, step);
                FollowUp examination = after(c, c.ethics() ? FollowUpStep.ETHICS_COUNCIL_CONCLUDED
                        : FollowUpStep.EXAMINED, step);
                notBefore(documentDate, examination.documentDate, "the examination");
            }
            case DECISION_DELIVERED -> {
                ReceivedRecommendation.Decision decision = c.decision().orElseThrow(() -> ProblemException.conflict(
                        "The PPK's decision is not recorded yet; it is delivered after it is made"));
                notBefore(documentDate, decision.decreeDate(), "the decree");
                return deliveryDue(decision);
            }
            case OBJECTION_FILED -> {
                ReceivedRecommendation.Decision decision = c.decision().orElseThrow(() -> ProblemException.conflict(
                        "The PPK's decision is not recorded yet; an objection follows its delivery"));
                if (!decision.sanctioned()) {
                    throw ProblemException.conflict("The PPK's decision imposes no sanction (" + decision.outcome()
                            + "): there is nothing to object to");
                }
                FollowUp delivery = after(c, FollowUpStep.DECISION_DELIVERED, step);
                notBefore(documentDate, delivery.documentDate, "the delivery of the decision");
                LocalDate last = objectionDue(delivery.documentDate, decision);
                if (documentDate.isAfter(last)) {
                    throw ProblemException.invalid("documentDate", "is after the last day of the " 
                            + appealKind(decision) + " window (" + last + ", "
                            + windowOf(decision) + " working days after the delivery on " + delivery.documentDate
                            + "): the remedy is out of time");
                }
                return last;
            }
            case RECORD_BLOCKED -> {
                if (!overdue(c)) {
                    throw ProblemException.conflict("Nothing in this case is overdue at the city: BKN blocks a "
                            + "personnel record only when the PPK or the superior did not act in time");
                }
            }
            default -> throw new IllegalStateException("unhandled step " + step);
        }
        return null;
    }

    /** Every step the procedure of this case has, in order, each with its day due where it has one. */
    public Map<FollowUpStep, LocalDate> dueDates(Case c) {
        Map<FollowUpStep, LocalDate> due = new EnumMap<>(FollowUpStep.class);
        if (!c.ethics()) {
            due.put(FollowUpStep.SUMMONED, summonsDue(c.notice()));
        }
        c.decision().ifPresent(d -> due.put(FollowUpStep.DECISION_DELIVERED, deliveryDue(d)));
        return due;
    }

    /**
     * A step not taken yet, with its last day and whether that day has passed (today in Kupang, on the service's clock).
     */
    record StepDue(FollowUpStep step, LocalDate dueDate, boolean overdue) {
    }

    /**
     * The steps with a day due that are still to be taken, in the procedure's order; a step that can no longer be
     * recorded (the summons once the PPK decided) is not waited for.
     */
    List<StepDue> stepsDue(Case c) {
        LocalDate today = LocalDate.now(clock);
        return dueDates(c).entrySet().stream()
                .filter(due -> c.done(due.getKey()).isEmpty())
                .filter(due -> !(due.getKey() == FollowUpStep.SUMMONED && c.decision().isPresent()))
                .map(due -> new StepDue(due.getKey(), due.getValue(), today.isAfter(due.getValue())))
                .toList();
    }

    /** The last day to record an overdue step before it is escalated, counted from the day of its reminder. */
    public LocalDate escalationDue(LocalDate remindedOn) {
        return workingDays.lastDay(remindedOn, config.escalateAfterWorkingDays());
    }

    /** The working days the decision is delivered within, as letters state it. */
    public int deliveryWithinWorkingDays() {
        return config.deliveryWithinWorkingDays();
    }

    public AppealKind appealKind(ReceivedRecommendation.Decision decision) {
        return decision.imposedSanction() != null && config.appealSanctions().contains(decision.imposedSanction())
                ? AppealKind.BANDING_ADMINISTRATIF : AppealKind.KEBERATAN;
    }

    public LocalDate summonsDue(Notification notice) {
        return workingDays.lastDay(notice.createdAt.atZone(kupang).toLocalDate(), config.summonsWithinWorkingDays());
    }

    public LocalDate deliveryDue(ReceivedRecommendation.Decision decision) {
        return workingDays.lastDay(decision.decreeDate(), config.deliveryWithinWorkingDays());
    }

    private LocalDate objectionDue(LocalDate deliveredOn, ReceivedRecommendation.Decision decision) {
        return workingDays.lastDay(deliveredOn, windowOf(decision));
    }

    private int windowOf(ReceivedRecommendation.Decision decision) {
        return appealKind(decision) == AppealKind.BANDING_ADMINISTRATIF ? config.appealWithinWorkingDays()
                : config.objectionWithinWorkingDays();
    }

    /** A step of the city is late: the summons or the delivery past its day, or the PPK past theirs (escalated). */
    private boolean overdue(Case c) {
        LocalDate today = LocalDate.now(clock);
        boolean summonsLate = !c.ethics() && c.done(FollowUpStep.SUMMONED).isEmpty()
                && today.isAfter(summonsDue(c.notice()));
        boolean deliveryLate = c.decision().isPresent() && c.done(FollowUpStep.DECISION_DELIVERED).isEmpty()
                && today.isAfter(deliveryDue(c.decision().get()));
        boolean ppkLate = c.decision().isEmpty() && Notification.count("recommendationId = ?1 and kind = ?2",
                c.notice().recommendationId, NotificationKind.ESCALATION) > 0;
        return summonsLate || deliveryLate || ppkLate;
    }

    private boolean teamRequired(Case c) {
        return c.recommendation().map(r -> "DISMISSAL".equals(r.track())
                || (r.level() != null && config.examinationTeamLevels().contains(r.level()))).orElse(false);
    }

    private static void discipline(Case c, FollowUpStep step) {
        if (c.ethics()) {
            throw ProblemException.conflict("This is an ethics case (PP 42/2004): the Majelis Kode Etik examines it "
                    + "instead of " + step + "; record ETHICS_COUNCIL_FORMED");
        }
    }

    private static void beforeDecision(Case c, FollowUpStep step) {
        if (c.decision().isPresent()) {
            throw ProblemException.conflict("The PPK already decided by decree " + c.decision().get().decreeNumber()
                    + "; " + step + " comes before the decision");
        }
    }

    private static FollowUp after(Case c, FollowUpStep earlier, FollowUpStep step) {
        return c.done(earlier).orElseThrow(() -> ProblemException.conflict(step + " comes after " + earlier
                + ", which is not recorded yet"));
    }

    private static void notBefore(LocalDate documentDate, LocalDate earlier, String what) {
        if (earlier != null && documentDate.isBefore(earlier)) {
            throw ProblemException.invalid("documentDate", "must not be before the date of " + what + " (" + earlier
                    + ")");
        }
    }
}

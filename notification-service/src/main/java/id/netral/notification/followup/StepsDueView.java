package id.netral.notification.followup;

import java.time.LocalDate;
import java.util.List;

/**
 * The steps of a case's procedure still to be taken that have a day due, so that a reader sees what is late before it
 * is recorded late.
 *
 * @param today the day the steps are judged overdue against: today in Kota Kupang
 * @param steps in the procedure's order; empty where nothing with a day is waited for
 */
public record StepsDueView(LocalDate today, List<StepDue> steps) {
    /**
     * @param dueDate the last day of the step, counted in working days of the procedure's calendar
     * @param overdue whether that day has passed and the step is still not recorded
     */
    public record StepDue(FollowUpStep step, ProcedureActor actor, LocalDate dueDate, boolean overdue) {
    }

    static StepsDueView of(LocalDate today, List<Procedure.StepDue> due) {
        return new StepsDueView(today, due.stream()
                .map(d -> new StepDue(d.step(), d.step().actor(), d.dueDate(), d.overdue())).toList());
    }
}

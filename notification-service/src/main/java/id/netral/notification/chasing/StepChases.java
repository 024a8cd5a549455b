package id.netral.notification.chasing;

import id.netral.events.EmploymentType;
import id.netral.events.SanctionRecommended;
import id.netral.events.words.IndonesianDates;
import id.netral.notification.Notification;
import id.netral.notification.NotificationKind;
import id.netral.notification.RecipientRole;
import id.netral.notification.delivery.DueRows;
import id.netral.notification.delivery.NoticeQueue;
import id.netral.notification.directory.Opd;
import id.netral.notification.directory.StandingRecipient;
import id.netral.notification.followup.FollowUp;
import id.netral.notification.followup.FollowUpStep;
import id.netral.notification.followup.Procedure;
import id.netral.notification.message.ChasingLetters;
import id.netral.notification.message.LegalBasis;
import id.netral.notification.message.Letterhead;
import id.netral.notification.message.OfficialLetters;
import id.netral.notification.message.SanctionNotice;
import id.netral.notification.recipient.Addressee;
import id.netral.notification.recipient.Recipients;
import id.netral.notification.recommendation.ReceivedRecommendation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Chases the steps of the procedure that have a day (research notes 3.4): the written summons by the direct superior
 * and the delivery of the PPK's decision. The day after a step's day passes without it being recorded, its actor gets
 * a reminder letter (the direct superior's duty and liability under PP 94/2021 Pasal 26(1) and 28 for the summons);
 * if it is still not recorded {@code netral.procedure.escalate-after-working-days} working days after the reminder,
 * the PPK, the Sekda and BKPPD get an escalation saying what may follow (a heavier sanction for the superior, BKN's
 * blocking of the personnel record). Run by the reminders' poll ({@link Reminders}); each letter is written in the
 * transaction that claims its deadline with SKIP LOCKED and moves it on, so replicas never write one twice.
 */
@ApplicationScoped
public class StepChases {
    private static final Logger LOG = Logger.getLogger(StepChases.class);

    @Inject
    DueRows dueRows;
    @Inject
    Clock clock;
    /** Kota Kupang's zone: a day has passed when it has passed in Kupang */
    @Inject
    ZoneId kupang;
    @Inject
    NoticeQueue queue;
    @Inject
    OfficialLetters letters;
    @Inject
    Procedure procedure;

    /** Watches the summons of a first notice to an OPD head, where the track has one (not ethics). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void watchSummons(Notification notice, Optional<SanctionRecommended> recommended) {
        if (recommended.map(r -> "ETHICS".equals(r.track())).orElse(false)) {
            return; // the Majelis Kode Etik examines an ethics case: no summons by the superior
        }
        watch(notice.id, FollowUpStep.SUMMONED, procedure.summonsDue(notice));
    }

    /** The PPK decided: the summons is chased no more, the decision's delivery is. In the consumer's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void decided(UUID recommendationId, ReceivedRecommendation.Decision decision) {
        Optional<Notification> notice = Notification.noticeToHead(recommendationId);
        if (notice.isEmpty()) {
            return;
        }
        StepDeadline.update("nextChaseAt = null where notificationId = ?1 and step = ?2", notice.get().id,
                FollowUpStep.SUMMONED);
        // the decision kept first counts (an event read twice changes nothing)
        ReceivedRecommendation.Decision kept = ReceivedRecommendation.row(recommendationId)
                .flatMap(ReceivedRecommendation::decision).orElse(decision);
        watch(notice.get().id, FollowUpStep.DECISION_DELIVERED, procedure.deliveryDue(kept));
    }

    private void watch(UUID noticeId, FollowUpStep step, LocalDate due) {
        if (StepDeadline.exists(noticeId, step)) {
            return;
        }
        StepDeadline deadline = new StepDeadline();
        deadline.id = UUID.randomUUID();
        deadline.notificationId = noticeId;
        deadline.step = step;
        deadline.dueDate = due;
        deadline.nextChaseAt = dayAfter(due);
        deadline.persist();
    }

    /** Writes the next due letter of an overdue step; empty when none is due. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<StepDeadline> chaseNext() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Optional<UUID> due = dueRows.lockNext("step_deadline", "next_chase_at", "TRUE", now);
        if (due.isEmpty()) {
            return Optional.empty();
        }
        StepDeadline deadline = StepDeadline.findById(due.get());
        Notification notice = Notification.findById(deadline.notificationId);
        Optional<ReceivedRecommendation.Decision> decision = ReceivedRecommendation.row(notice.recommendationId)
                .flatMap(ReceivedRecommendation::decision);
        if (recorded(notice, deadline.step)
                || (deadline.step == FollowUpStep.SUMMONED && decision.isPresent())) {
            deadline.nextChaseAt = null;
            return Optional.of(deadline);
        }
        Optional<SanctionRecommended> recommended = ReceivedRecommendation.of(notice.recommendationId);
        ChasingLetters.OverdueStep overdue = new ChasingLetters.OverdueStep(
                Opd.byCode(notice.opdCode).map(o -> o.name + " (" + o.code + ")").orElse(notice.opdCode),
                words(deadline.step), deadline.step.actor().words(), deadline.step.document(),
                ChasingLetters.day(deadline.dueDate),
                deadline.step == FollowUpStep.DECISION_DELIVERED ? decision.map(d -> "nomor " + d.decreeNumber()
                        + " tanggal " + IndonesianDates.longForm(d.decreeDate())).orElse(null) : null);
        LegalBasis.Statement legal = letters.legalBasis(recommended);
        if (deadline.reminderId == null) {
            remind(deadline, notice, overdue, legal, now);
        } else {
            EmploymentType employment = recommended.map(r -> r.accused().employmentType())
                    .orElse(EmploymentType.PNS);
            escalate(deadline, notice, overdue, legal, employment, now);
        }
        return Optional.of(deadline);
    }

    private void remind(StepDeadline deadline, Notification notice, ChasingLetters.OverdueStep overdue,
                        LegalBasis.Statement legal, Instant now) {
        boolean summons = deadline.step == FollowUpStep.SUMMONED;
        RecipientRole role = summons ? RecipientRole.OPD_HEAD : RecipientRole.PPK;
        Optional<Opd> office = summons ? Reminders.officeOfHead(notice)
                : StandingRecipient.of(RecipientRole.PPK).map(StandingRecipient::office);
        if (office.isEmpty()) {
            deadline.nextChaseAt = null;
            LOG.warnf("Overdue %s of notice %s for report %s not chased: no office for %s", deadline.step, notice.id,
                    notice.reportId, role);
            return;
        }
        LocalDate recordBy = procedure.escalationDue(LocalDate.ofInstant(now, kupang));
        // to the head in office now, never the accused (see Recipients)
        Addressee addressee = Recipients.of(office.get(), notice.accusedEmployeeId, now);
        Notification reminder = Notification.draftLike(notice, role, NotificationKind.STEP_REMINDER, now);
        reminder.overdueStep = deadline.step;
        Letterhead head = letters.heading(notice.reportId, now, ChasingLetters.stepReminderHal(overdue.step()), "-",
                notice.accusedEmployeeId);
        reminder.letterNumber = head.number();
        String duty = summons ? legal.superiorDuty() : "Keputusan Pejabat Pembina Kepegawaian disampaikan kepada "
                + "pegawai yang bersangkutan paling lama " + procedure.deliveryWithinWorkingDays() + " hari kerja "
                + "sejak ditetapkan (jangka waktu ini belum dikonfirmasi terhadap teks Peraturan Pemerintah Nomor 94 "
                + "Tahun 2021).";
        SanctionNotice.Message message = ChasingLetters.stepReminder(new ChasingLetters.StepReminder(head,
                addressee instanceof Addressee.Head h ? h.head().title() : office.get().headTitle,
                notice.letterNumber == null ? "tanpa nomor" : notice.letterNumber, overdue,
                ChasingLetters.day(recordBy), "Apabila sampai tanggal tersebut langkah ini belum tercatat, hal ini "
                + "akan dilaporkan kepada Wali Kota Kupang selaku Pejabat Pembina Kepegawaian (PPK), Sekretaris "
                + "Daerah Kota Kupang dan BKPPD Kota Kupang.", duty));
        reminder.subject = message.subject();
        reminder.body = message.body();
        queue.send(reminder, addressee);
        deadline.reminderId = reminder.id;
        deadline.nextChaseAt = dayAfter(recordBy);
        LOG.infof("Overdue %s of report %s: reminder %s to %s", deadline.step, notice.reportId, reminder.id, role);
    }

    private void escalate(StepDeadline deadline, Notification notice, ChasingLetters.OverdueStep overdue,
                          LegalBasis.Statement legal, EmploymentType employment, Instant now) {
        Map<RecipientRole, Opd> offices = new LinkedHashMap<>();
        for (RecipientRole role : Escalations.RECIPIENTS) {
            Optional<StandingRecipient> recipient = StandingRecipient.of(role);
            if (recipient.isEmpty()) {
                LOG.errorf("No %s in the standing recipients: overdue %s of report %s is not escalated to them", role,
                        deadline.step, notice.reportId);
            } else if (Notification.count("recommendationId = ?1 and recipientRole = ?2 and kind = ?3 "
                    + "and overdueStep = ?4", notice.recommendationId, role, NotificationKind.STEP_ESCALATION,
                    deadline.step) == 0) {
                offices.put(role, recipient.get().office());
            }
        }
        String reminder = Optional.<Notification>ofNullable(Notification.findById(deadline.reminderId))
                .filter(r -> r.letterNumber != null)
                .map(r -> r.letterNumber + " tanggal " + IndonesianDates.longForm(LocalDate.ofInstant(r.createdAt,
                        kupang))).orElse(null);
        String liability = deadline.step == FollowUpStep.SUMMONED ? legal.superiorDuty() + " Mohon Pejabat Pembina "
                + "Kepegawaian mempertimbangkan hukuman disiplin bagi atasan langsung yang tidak memanggil pegawai "
                + "tersebut." : null;
        // BKN has no role for non-ASN staff (see LegalBasis): their contract and the Perwali govern what follows
        String blocking = employment == EmploymentType.NON_ASN ? "Tindak lanjut atas pegawai non-ASN mengikuti "
                + "Peraturan Wali Kota dan perjanjian kerja pegawai yang bersangkutan." : ChasingLetters.BKN_BLOCKING;
        Recipients.together(offices, notice.accusedEmployeeId, now, Set.of()).forEach((role, addressee) -> {
            Notification escalation = Notification.draftLike(notice, role, NotificationKind.STEP_ESCALATION, now);
            escalation.overdueStep = deadline.step;
            Letterhead head = letters.heading(notice.reportId, now, ChasingLetters.stepEscalationHal(overdue.step()),
                    "-", notice.accusedEmployeeId);
            escalation.letterNumber = head.number();
            SanctionNotice.Message message = ChasingLetters.stepEscalation(new ChasingLetters.StepEscalation(head,
                    addressee instanceof Addressee.Head h ? h.head().title() : offices.get(role).headTitle, overdue,
                    reminder, liability, blocking));
            escalation.subject = message.subject();
            escalation.body = message.body();
            queue.send(escalation, addressee);
        });
        deadline.escalatedAt = now;
        deadline.nextChaseAt = null;
        LOG.infof("Overdue %s of report %s escalated to %s", deadline.step, notice.reportId, offices.keySet());
    }

    private static boolean recorded(Notification notice, FollowUpStep step) {
        return FollowUp.exists(notice.id, step)
                // recorded before the steps were apart: the summons and the examination in one
                || (step == FollowUpStep.SUMMONED && FollowUp.exists(notice.id, FollowUpStep.SUMMONED_AND_EXAMINED));
    }

    private static String words(FollowUpStep step) {
        return step == FollowUpStep.SUMMONED ? "pemanggilan pegawai secara tertulis"
                : "penyampaian keputusan Pejabat Pembina Kepegawaian kepada pegawai";
    }

    /** The first moment of the day after {@code day} in Kupang: when a step due that day is overdue. */
    private Instant dayAfter(LocalDate day) {
        return day.plusDays(1).atStartOfDay(kupang).toInstant();
    }
}

package id.netral.notification.delivery;

import id.netral.notification.DeliveryProgress;
import id.netral.notification.FailureCategory;
import id.netral.notification.Notification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The ledger of one delivery channel: which delivery a worker sends next, and what came of it; and the hand-over to
 * the channel. Each step is a short transaction of its own, so no transaction and no row lock is held while the mail
 * server or the endpoint is talked to. Claiming, the retry schedule, the attempt log and the outcome events are the
 * same for every channel; a channel says only where it keeps its rows, what it sends and how. A delivery recorded
 * DELIVERED is never claimed again.
 *
 * @param <R> the row that keeps the channel's progress for one notice
 * @param <M> what the channel sends, read inside the claiming transaction so that sending needs no database
 */
public abstract class ChannelLedger<R extends DeliveryProgress, M> {
    private static final Logger LOG = Logger.getLogger(ChannelLedger.class);

    @Inject
    EntityManager entityManager;
    @Inject
    DeliveryOutcomes outcomes;
    @Inject
    RetrySchedule schedule;
    @Inject
    Clock clock;
    @Inject
    DueRows dueRows;

    private final Channel channel;
    private final Class<R> rowType;
    private final String table;
    private final String laterWhen;

    /**
     * @param table     the table of {@code rowType}; a constant, never input
     * @param laterWhen an SQL condition on the table's row, a constant: due deliveries for which it holds wait until
     *                  the others are claimed; null to claim by due time alone
     */
    protected ChannelLedger(Channel channel, Class<R> rowType, String table, String laterWhen) {
        this.channel = channel;
        this.rowType = rowType;
        this.table = table;
        this.laterWhen = laterWhen;
    }

    public Channel channel() {
        return channel;
    }

    /** Claims the delivery that has waited longest, those the channel puts later aside (see {@link DueRows#claimPending}). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Claim<M>> claimNext() {
        Instant now = clock.instant();
        return dueRows.claimPending(rowType, table, laterWhen, now, schedule.leaseEnd(now))
                .map(row -> new Claim<>(row.id, row.attempts,
                        entityManager.find(Notification.class, row.noticeId()).reportId, message(row)));
    }

    /**
     * Hands what a claimed delivery sends to the channel, outside any transaction.
     *
     * @throws DeliveryRefused  when the channel will not take it and trying again cannot help
     * @throws RuntimeException when this attempt failed
     */
    public abstract void send(M message);

    /** Marks the delivery done, now that the channel took it, and tells the others, in one transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordDelivered(Claim<M> claim) {
        // to the microsecond, as PostgreSQL keeps it: the event and the stored notice show the same instant
        Instant deliveredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        R row = locked(claim);
        if (row.cancelled()) {
            // cancelled while this worker was handing it over: it did arrive, and the record says so
            LOG.warnf("The %s delivery of notice %s was cancelled while it was being sent, and arrived", channel,
                    row.noticeId());
        } else if (!row.pending()) {
            LOG.infof("The %s delivery of notice %s was already done or given up; this send was a repeat", channel,
                    row.noticeId());
            return;
        }
        row.delivered(deliveredAt);
        DeliveryAttempt.record(row.noticeId(), channel, claim.attempt(), deliveredAt, true, null, null);
        Notification notice = lockedNotice(row);
        if (decides(notice) && (notice.pending() || notice.cancelled())) {
            notice.notSentReason = null;
            // the notice's own status follows this channel: delivered now (and reminders wait for its acknowledgement)
            notice.delivered(deliveredAt);
        }
        outcomes.delivered(notice, channel, deliveredAt);
    }

    /**
     * Schedules the next attempt with a longer wait, or gives up after the last one.
     *
     * @param category what kind of failure it was: what the others are told
     * @param error    what the channel answered, word for word: kept for admins only
     * @param hopeless true when trying again cannot help (the endpoint is refused): given up at once
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(Claim<M> claim, FailureCategory category, String error, boolean hopeless) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        R row = locked(claim);
        if (!row.pending() || row.attempts != claim.attempt()) {
            LOG.infof("Ignoring the failure of attempt %d of the %s delivery of notice %s: it has had %d attempts "
                    + "and is %s", claim.attempt(), channel, row.noticeId(), row.attempts,
                    row.pending() ? "pending" : "done or given up");
            return;
        }
        row.lastError = DeliveryAttempt.truncated(error);
        row.lastFailureCategory = category;
        DeliveryAttempt.record(row.noticeId(), channel, claim.attempt(), now, false, category, error);
        if (hopeless || schedule.exhausted(row.attempts)) {
            row.givenUp();
            Notification notice = lockedNotice(row);
            LOG.errorf("The %s delivery of notice %s for report %s failed after %d attempts and is given up: %s",
                    channel, notice.id, notice.reportId, row.attempts, error);
            if (decides(notice) && notice.pending()) {
                // the notice failed with its only channel, visibly, and an admin may queue it again
                notice.givenUp();
                notice.lastError = row.lastError;
                notice.lastFailureCategory = category;
            }
            outcomes.failed(notice, channel, category, now);
        } else {
            row.nextAttemptAt = schedule.nextAttempt(row.attempts, now);
            LOG.warnf("Attempt %d of the %s delivery of notice %s failed, next at %s: %s", row.attempts, channel,
                    row.noticeId(), row.nextAttemptAt, error);
        }
    }

    /**
     * Queues this channel's FAILED delivery of a notice again, in the caller's transaction; a delivery that arrived is
     * never sent again.
     *
     * @return whether the notice had a FAILED delivery on this channel
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean queueAgain(Notification notice, Instant now) {
        Optional<R> failed = failedRow(notice);
        failed.ifPresent(row -> row.queueAgain(now));
        return failed.isPresent();
    }

    /** What kind of failure a send ended in, from what the channel threw. */
    protected abstract FailureCategory categorize(RuntimeException failure);

    /** What the channel sends, read from the row just claimed. */
    protected abstract M message(R row);

    /** The channel's FAILED row of a notice, locked; empty when it has none. */
    protected abstract Optional<R> failedRow(Notification notice);

    /** Whether the notice's own status is what this channel's delivery comes to (its e-mail, or its only channel). */
    protected abstract boolean decides(Notification notice);

    private R locked(Claim<M> claim) {
        return entityManager.find(rowType, claim.rowId(), LockModeType.PESSIMISTIC_WRITE);
    }

    // the e-mail channel's row is the notice itself: then this is the row again, already locked
    private Notification lockedNotice(R row) {
        return entityManager.find(Notification.class, row.noticeId(), LockModeType.PESSIMISTIC_WRITE);
    }
}

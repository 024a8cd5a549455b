package id.netral.kit.deadletter;

import id.netral.kit.audit.AuditLog;
import id.netral.kit.inbox.InboundEvents;
import id.netral.kit.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * What sits on the service's dead-letter topics, and feeding it again to the consumer that gave it up, through the
 * inbox: an event already handled changes nothing, and one that fails again stays where it is (it is not written to
 * the dead-letter topic a second time).
 */
@ApplicationScoped
public class DeadLetters {
    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    @Inject
    DeadLetterChannels channels;
    @Inject
    DeadLetterReader reader;
    @Inject
    ChannelConsumers consumers;
    @Inject
    InboundEvents inbound;
    @Inject
    AuditLog audit;

    /** One parked record, as an admin reads it. */
    public record Parked(String eventId,
                         @Schema(description = "The CloudEvents type of the record",
                                 examples = "id.netral.report.verified.v1") String type,
                         @Schema(description = "The CloudEvents subject, else the record's key: the case it is about",
                                 examples = "0b7d9d1e-3c3f-4f43-9a6a-3e2f8c1d2a10") String subject,
                         @Schema(description = "Why the service could not handle it",
                                 examples = "Unrecognized field \"opd\" (class id.netral.events.ReportVerified)")
                         String reason, Instant time, String topic,
                         int partition, long offset) {
        static Parked of(DeadLetter letter) {
            var record = letter.record();
            return new Parked(letter.eventId().orElse(null), letter.header("ce_type").orElse(null),
                    letter.header("ce_subject").orElse(record.key()), letter.reason().orElse(null), letter.time(),
                    record.topic(), record.partition(), record.offset());
        }
    }

    public enum Outcome { HANDLED, DUPLICATE, FAILED }

    /** @param reason why it failed again; null when it did not */
    public record Replayed(String eventId, String topic, int partition, long offset, Outcome outcome,
                           @Schema(description = "Why it failed again; absent when it did not",
                                   examples = "Timeout waiting for the database connection") String reason) {
    }

    public record ReplayReport(long handled, long duplicates, long failed, List<Replayed> events) {
        static ReplayReport of(List<Replayed> events) {
            return new ReplayReport(count(events, Outcome.HANDLED), count(events, Outcome.DUPLICATE),
                    count(events, Outcome.FAILED), events);
        }

        private static long count(List<Replayed> events, Outcome outcome) {
            return events.stream().filter(event -> event.outcome() == outcome).count();
        }
    }

    /** @param total how many records are parked at or after the time asked for; {@code items} the page's */
    public record Listing(long total, List<Parked> items) {
    }

    /** One page of the records parked at or after {@code since}, newest first, reading only what the page needs. */
    public Listing since(Instant since, PageRequest page) {
        List<String> topics = channels.all().stream().map(DeadLetterChannels.Channel::deadLetterTopic).distinct()
                .toList();
        DeadLetterReader.Window window = reader.newestFirst(topics, since, (long) page.page() * page.size(),
                page.size());
        return new Listing(window.total(), window.letters().stream().map(Parked::of).toList());
    }

    /** Replays the parked records of one event (normally one record). */
    public ReplayReport replayEvent(String eventId) {
        return replay(read(Instant.EPOCH, letter -> letter.eventId().filter(eventId::equals).isPresent()));
    }

    /** Replays every parked record written at or after {@code since}, oldest first, so a case's events keep order. */
    public ReplayReport replaySince(Instant since) {
        return replay(read(since, letter -> true));
    }

    private record Located(DeadLetterChannels.Channel channel, DeadLetter letter) {
    }

    private List<Located> read(Instant since, Predicate<DeadLetter> wanted) {
        List<Located> found = new ArrayList<>();
        for (DeadLetterChannels.Channel channel : channels.all()) {
            reader.read(channel.deadLetterTopic(), since).stream().filter(wanted)
                    .forEach(letter -> found.add(new Located(channel, letter)));
        }
        found.sort(Comparator.comparing((Located located) -> located.letter().time())
                .thenComparing(located -> located.letter().record().offset()));
        return found;
    }

    private ReplayReport replay(List<Located> parked) {
        return ReplayReport.of(parked.stream().map(this::replay).toList());
    }

    private Replayed replay(Located located) {
        DeadLetter letter = located.letter();
        Outcome outcome;
        String reason = null;
        try {
            InboundEvents.Outcome handled = inbound.replay(() -> consumers.deliver(located.channel().name(),
                    letter.original(located.channel().topic())));
            outcome = handled == InboundEvents.Outcome.DUPLICATE ? Outcome.DUPLICATE : Outcome.HANDLED;
        } catch (RuntimeException e) {
            outcome = Outcome.FAILED;
            reason = e.toString();
            LOG.warnf("Replayed dead letter %s/%d/%d failed again, it stays on the dead-letter topic: %s",
                    letter.record().topic(), letter.record().partition(), letter.record().offset(), reason);
        }
        String recordId = letter.eventId().orElse(letter.record().topic() + "/" + letter.record().partition() + "/"
                + letter.record().offset());
        audit.record("dead-letter.replayed." + outcome.name().toLowerCase(Locale.ROOT), "event", recordId);
        return new Replayed(letter.eventId().orElse(null), letter.record().topic(), letter.record().partition(),
                letter.record().offset(), outcome, reason);
    }
}

package id.netral.sanction.recommendation;

import id.netral.events.ReportVerified;
import id.netral.kit.outbox.Outbox;
import id.netral.sanction.catalogue.Outcome;
import id.netral.sanction.catalogue.RuleBook;
import id.netral.sanction.catalogue.SanctionRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** Makes the one recommendation of a verified case and hands it on, both in the caller's transaction. */
@ApplicationScoped
public class Recommendations {
    private static final Logger LOG = Logger.getLogger(Recommendations.class);
    /** The actor of steps the service takes itself, in the history and the audit log. */
    static final String SYSTEM = "sanction-service";

    @Inject
    SanctionRules rules;
    @Inject
    RuleBook ruleBook;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;
    @Inject
    EntityManager em;

    /**
     * Does nothing when the case already has a recommendation: a second verification event of the same case must not
     * make a second one (the PPK was already told; a revision is a person's decision, not a new event's).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recommend(ReportVerified verified) {
        Optional<Recommendation> existing = Recommendation.forReport(verified.reportId());
        if (existing.isPresent()) {
            LOG.warnf("Report %s already has recommendation %s; the new verification (%s) is not applied",
                    verified.reportId(), existing.get().id, verified.violationKind());
            return;
        }
        // microseconds: what PostgreSQL keeps, so the event and the stored row say the same instant
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String employeeId = verified.accused().employeeId();
        if (employeeId != null) {
            // two cases of one employee on two replicas (their reports are on different partitions) must not miss each
            // other as earlier offences: one waits here until the other commits, then reads it (READ COMMITTED)
            em.createNativeQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtext(:employee))) AS locked")
                    .setParameter("employee", "netral-employee:" + employeeId).getSingleResult();
        }
        List<Recommendation> earlier = Recommendation.earlierOf(employeeId);
        Outcome outcome = rules.decide(verified, now, earlier.stream().map(Recommendation::asPrior).toList());
        Recommendation recommendation = Recommendation.of(verified, outcome, now,
                earlier.stream().map(r -> r.id.toString()).toList());
        recommendation.persist();
        HistoryEntry.write(recommendation.id, now, HistoryEntry.Action.RECOMMENDED, SYSTEM,
                null, List.of("Rekomendasi dibuat dari kasus terverifikasi: baris " + outcome.appliedKind() + ", jalur "
                        + outcome.track().label() + (outcome.recommendedSanction() == null ? ""
                        : ", sanksi " + outcome.recommendedSanction()) + "."));
        if (recommendation.published()) {
            outbox.append(verified.reportId(), recommendation.toEvent(ruleBook.version(recommendation.ruleVersion)));
        } else {
            LOG.infof("Report %s: recommendation %s names no sanction; sanction.recommended waits for the revision "
                    + "that names one", verified.reportId(), recommendation.id);
        }
        LOG.infof("Report %s: recommendation %s, %s%s, %s", verified.reportId(), recommendation.id,
                recommendation.track, recommendation.level == null ? "" : " " + recommendation.level,
                recommendation.recommendedSanction == null ? "no sanction named" : recommendation.recommendedSanction);
    }
}

package id.netral.sanction.recommendation;

import id.netral.events.ReportVerified;
import id.netral.kit.outbox.Outbox;
import id.netral.sanction.catalogue.SanctionRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Makes the one recommendation of a verified case and hands it on, both in the caller's transaction. */
@ApplicationScoped
public class Recommendations {
    private static final Logger LOG = Logger.getLogger(Recommendations.class);

    @Inject
    SanctionRules rules;
    @Inject
    Outbox outbox;

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
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Recommendation recommendation = Recommendation.of(verified, rules.decide(verified, now), now);
        recommendation.persist();
        outbox.append(verified.reportId(), recommendation.toEvent());
        LOG.infof("Report %s: recommendation %s, %s%s, %s", verified.reportId(), recommendation.id,
                recommendation.track, recommendation.level == null ? "" : " " + recommendation.level,
                recommendation.recommendedSanction == null ? "no sanction named" : recommendation.recommendedSanction);
    }
}

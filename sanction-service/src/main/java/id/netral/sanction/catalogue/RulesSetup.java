package id.netral.sanction.catalogue;

import io.quarkus.arc.DefaultBean;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Loads the catalogues once, at start-up, so that a broken rule file stops the service before it takes a case. */
@ApplicationScoped
public class RulesSetup {

    @Produces
    @Singleton
    @Startup
    RuleBook ruleBook(SanctionSettings settings) {
        return RuleBook.load(settings.catalogues(), new LocalRules(settings.pppk().mediumSanctions(),
                settings.nonAsn().measures()));
    }

    /** The service's clock, in Kupang's zone; a test may replace it with a fixed one. */
    @Produces
    @Singleton
    @DefaultBean
    Clock clock(SanctionSettings settings) {
        return Clock.system(settings.zone());
    }

    @Produces
    @Singleton
    SanctionRules sanctionRules(RuleBook ruleBook, SanctionSettings settings) {
        return new SanctionRules(ruleBook, calendar(settings), settings.repeatPolicy(), settings.zone(),
                settings.ppkDueDays());
    }

    static ElectionCalendar calendar(SanctionSettings settings) {
        return new ElectionCalendar(settings.elections().entrySet().stream()
                .map(e -> new Election(e.getKey(), e.getValue().name(), e.getValue().candidatesFixed(),
                        e.getValue().campaignStart(), e.getValue().campaignEnd(), e.getValue().votingDay()))
                .toList());
    }
}

package id.netral.sanction.catalogue;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.ZoneId;
import java.util.Comparator;

/** Loads the catalogues once, at start-up, so that a broken rule file stops the service before it takes a case. */
@ApplicationScoped
public class RulesSetup {

    @Produces
    @Singleton
    @Startup
    RuleBook ruleBook(SanctionSettings settings) {
        return RuleBook.load(settings.catalogues(), new LocalRules(settings.pppk().mediumSanctions(),
                settings.nonAsn().measures(), settings.nonAsn().measuresFor(), settings.counterparts()));
    }

    @Produces
    @Singleton
    SanctionRules sanctionRules(RuleBook ruleBook, SanctionSettings settings, ZoneId kupang) {
        return new SanctionRules(ruleBook, calendar(settings), settings.repeatPolicy(), kupang,
                settings.ppkDueDays());
    }

    static ElectionCalendar calendar(SanctionSettings settings) {
        return new ElectionCalendar(settings.elections().entrySet().stream()
                .map(e -> new Election(e.getKey(), e.getValue().name(), e.getValue().contests().entrySet().stream()
                        .map(c -> new Election.Contest(c.getKey(), c.getValue().name(), c.getValue().candidatesFixed()))
                        .sorted(Comparator.comparing(Election.Contest::candidatesFixed)
                                .thenComparing(Election.Contest::id)).toList(),
                        e.getValue().campaignStart(), e.getValue().campaignEnd(), e.getValue().votingDay()))
                .toList());
    }
}

package id.netral.sanction.catalogue;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every catalogue version the service knows, oldest first. An act is judged by the catalogue in force on the day it
 * was done, so a later change of the rules does not reach back.
 */
public final class RuleBook {
    private final List<Catalogue> catalogues;

    public RuleBook(List<Catalogue> catalogues) {
        if (catalogues.isEmpty()) {
            throw new IllegalArgumentException("at least one rule catalogue is needed");
        }
        this.catalogues = catalogues.stream().sorted(Comparator.comparing(Catalogue::effectiveFrom)).toList();
        for (int i = 1; i < this.catalogues.size(); i++) {
            if (this.catalogues.get(i).effectiveFrom().equals(this.catalogues.get(i - 1).effectiveFrom())) {
                throw new IllegalArgumentException("two rule catalogues take effect on "
                        + this.catalogues.get(i).effectiveFrom());
            }
        }
    }

    public static RuleBook load(List<String> resources, LocalRules local) {
        return new RuleBook(resources.stream().map(resource -> CatalogueFile.load(resource, local)).toList());
    }

    /** The newest catalogue that took effect on or before the day; empty before the first one. */
    public Optional<Catalogue> inForceOn(LocalDate day) {
        return catalogues.stream().filter(c -> !c.effectiveFrom().isAfter(day)).reduce((older, newer) -> newer);
    }

    /** The catalogue of one version, as a recommendation names it. */
    public Optional<Catalogue> version(String version) {
        return catalogues.stream().filter(c -> c.version().equals(version)).findFirst();
    }

    public Catalogue earliest() {
        return catalogues.get(0);
    }
}

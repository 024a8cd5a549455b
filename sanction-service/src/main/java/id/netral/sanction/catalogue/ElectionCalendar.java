package id.netral.sanction.catalogue;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The elections Netral knows, by the id report-service puts on a verified case. An id may name the contest too,
 * {@code <election>/<contest>} (PEMILU-2024/DPRD-KOTA-KUPANG): the day its candidates were fixed then decides alone.
 */
public final class ElectionCalendar {
    /** Between an election id and a contest id in the election id of a case. */
    public static final String CONTEST_SEPARATOR = "/";

    private final Map<String, Election> elections = new TreeMap<>();

    public ElectionCalendar(Collection<Election> elections) {
        elections.forEach(e -> {
            if (e.contests().isEmpty() || e.contests().stream().anyMatch(c -> c.candidatesFixed() == null)) {
                throw new IllegalArgumentException("election " + e.id()
                        + " needs at least one contest, each with the day its candidates were fixed");
            }
            this.elections.put(e.id(), e);
        });
    }

    /** The election of an election id, with or without a contest. */
    public Optional<Election> election(String id) {
        int slash = id.indexOf(CONTEST_SEPARATOR);
        return Optional.ofNullable(elections.get(slash < 0 ? id : id.substring(0, slash)));
    }

    /** The contest an election id names after the separator; empty when it names none or one the election lacks. */
    public Optional<Election.Contest> contest(String id) {
        int slash = id.indexOf(CONTEST_SEPARATOR);
        return slash < 0 ? Optional.empty()
                : election(id).flatMap(e -> e.contest(id.substring(slash + CONTEST_SEPARATOR.length())));
    }

    public Collection<Election> all() {
        return elections.values();
    }
}

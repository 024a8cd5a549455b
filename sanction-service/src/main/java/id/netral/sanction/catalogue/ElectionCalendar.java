package id.netral.sanction.catalogue;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The elections Netral knows, by the id report-service puts on a verified case. */
public final class ElectionCalendar {
    private final Map<String, Election> elections = new TreeMap<>();

    public ElectionCalendar(Collection<Election> elections) {
        elections.forEach(e -> {
            if (e.candidatesFixed() == null) {
                throw new IllegalArgumentException("election " + e.id() + " needs the day candidates were fixed");
            }
            this.elections.put(e.id(), e);
        });
    }

    public Optional<Election> election(String id) {
        return Optional.ofNullable(elections.get(id));
    }

    public Collection<Election> all() {
        return elections.values();
    }
}

package id.netral.kit.recap;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of a recap: a value (an OPD, a kind, a status ...) and how many records have it. */
public record RecapRow(@Schema(description = "The value counted: an OPD code, a kind, a status ...",
        examples = "DISPERKIM") String key, long count) {
}

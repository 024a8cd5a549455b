package id.netral.kit.problem;

import java.util.UUID;

/**
 * Reads query parameters as text so that a missing or malformed one gets a 400 problem naming it; JAX-RS would
 * answer an unconvertible UUID parameter with a bare 404.
 */
public final class QueryParameters {
    private QueryParameters() {
    }

    /** @param purpose what the parameter is for, completing "is required: ..." */
    public static UUID requiredUuid(String name, String value, String purpose) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(name, "is required: " + purpose);
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be a UUID");
        }
    }
}

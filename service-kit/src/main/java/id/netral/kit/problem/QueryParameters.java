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

    /**
     * The value of a query parameter that was renamed, read under its current name or, for partners written before
     * the rename, its deprecated one; given under both names with different values, it is a 400 naming both.
     */
    public static String renamed(String name, String value, String deprecatedName, String deprecatedValue) {
        boolean hasValue = value != null && !value.isBlank();
        boolean hasDeprecated = deprecatedValue != null && !deprecatedValue.isBlank();
        if (hasValue && hasDeprecated && !value.strip().equals(deprecatedValue.strip())) {
            throw ProblemException.invalid(deprecatedName, "is the deprecated name of " + name
                    + " and must not differ from it; send only " + name);
        }
        return hasValue ? value : deprecatedValue;
    }
}

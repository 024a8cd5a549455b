package id.netral.kit.problem;

import java.util.ArrayList;
import java.util.List;

/**
 * Which page of a list is asked for, the same in every list that pages this way: pages from 0, 50 rows unless asked,
 * at most 200. A page beyond what a row offset can address is a 400 naming it, not a database error.
 */
public record ListPage(int page, int size) {
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    /** @throws ProblemException 400 naming {@code page} or {@code size} when either is malformed or out of range */
    public static ListPage of(String page, String size) {
        List<Problem.FieldError> errors = new ArrayList<>();
        ListPage read = read(page, size, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return read;
    }

    /** Reads the page, adding what is wrong with it to {@code errors}, for a list that checks other filters too. */
    public static ListPage read(String page, String size, List<Problem.FieldError> errors) {
        int parsedSize = number("size", size, DEFAULT_SIZE, 1, MAX_SIZE, errors);
        int parsedPage = number("page", page, 0, 0, Integer.MAX_VALUE / parsedSize, errors);
        return new ListPage(parsedPage, parsedSize);
    }

    private static int number(String name, String value, int fallback, int min, int max,
                              List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new Problem.FieldError(name, "must be a whole number from " + min + " to " + max));
        return fallback;
    }
}

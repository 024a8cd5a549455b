package id.netral.notification.tracking;

import id.netral.kit.problem.Problem;
import id.netral.kit.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;

/**
 * Which page of a list is asked for, as sanction-service's lists take it: pages from 0, 50 rows unless asked, at most
 * 200. A page beyond what an offset can address is a 400, not a database error.
 */
record ListPage(int page, int size) {
    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;

    static ListPage of(String page, String size) {
        List<Problem.FieldError> errors = new ArrayList<>();
        int parsedSize = number("size", size, DEFAULT_SIZE, 1, MAX_SIZE, errors);
        int parsedPage = number("page", page, 0, 0, Integer.MAX_VALUE / parsedSize, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
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

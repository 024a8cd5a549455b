package id.netral.kit.paging;

import id.netral.kit.problem.Problem;
import id.netral.kit.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;

/**
 * Which page of a list is asked for, the same in every list that pages this way: pages from 0, 50 rows unless asked,
 * at most 200. A page beyond what a row offset can address is a 400 naming it, not a database error.
 */
public record PageRequest(int page, int size) {
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    /** The rows of this page out of a list held whole (a short list: a directory, a case's files). */
    public <T> List<T> slice(List<T> all) {
        long from = Math.min((long) page * size, all.size());
        return all.subList((int) from, (int) Math.min(from + size, all.size()));
    }

    /** @throws ProblemException 400 naming {@code page} or {@code size} when either is malformed or out of range */
    public static PageRequest of(String page, String size) {
        List<Problem.FieldError> errors = new ArrayList<>();
        PageRequest read = read(page, size, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return read;
    }

    /** Reads the page, adding what is wrong with it to {@code errors}, for a list that checks other filters too. */
    public static PageRequest read(String page, String size, List<Problem.FieldError> errors) {
        int parsedSize = number("size", size, DEFAULT_SIZE, 1, MAX_SIZE, errors);
        int parsedPage = number("page", page, 0, 0, Integer.MAX_VALUE / parsedSize, errors);
        return new PageRequest(parsedPage, parsedSize);
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

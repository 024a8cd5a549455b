package id.netral.notification;

/**
 * What text people send may hold. PostgreSQL refuses a NUL character in text outright, and control characters in a
 * name or an address end up in letters, mail headers and logs; so they are a 400 naming the field, never a 500.
 */
public final class PlainText {
    /** One line: no control character at all (names, titles, codes, addresses). */
    public static final String ONE_LINE = "[^\\p{Cntrl}]*";
    public static final String ONE_LINE_MESSAGE = "must be one line without control characters";
    /** Free text: line breaks and tabs, but no other control character (notes). */
    public static final String LINES = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";
    public static final String LINES_MESSAGE = "must not contain control characters other than line breaks and tabs";

    private PlainText() {
    }

    public static boolean isOneLine(String text) {
        return text == null || text.matches(ONE_LINE);
    }
}

package id.netral.console.forms;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A form's fields as the console passes them on: a blank field is no value, so the service's own check names it; and
 * what was typed, to show again beside a refusal.
 */
public final class FormFields {
    private FormFields() {
    }

    /** The text without its surrounding blanks; null when nothing was typed. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * A day as a date field sends it (YYYY-MM-DD); null when blank or unreadable, which the service refuses as a
     * missing day.
     */
    public static LocalDate day(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The entries as typed, by field name (name, value, name, value, ...), an absent one as empty. */
    public static Map<String, String> asTyped(String... namesAndValues) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            entries.put(namesAndValues[i], namesAndValues[i + 1] == null ? "" : namesAndValues[i + 1]);
        }
        return entries;
    }
}

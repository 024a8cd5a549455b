package id.netral.events.words;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as people in Kupang write them in letters and read them on pages: "2 Desember 2026", never 2026-12-02. */
public final class IndonesianDates {
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("id-ID"));

    private IndonesianDates() {
    }

    public static String longForm(LocalDate day) {
        return LONG.format(day);
    }
}

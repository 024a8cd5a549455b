package id.netral.notification.message;

import id.netral.events.EmploymentType;
import id.netral.events.words.CodeWords;
import id.netral.events.words.IndonesianDates;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * A recommendation's codes in the words of an Indonesian official letter: the words of {@link CodeWords}, with what a
 * letter adds ("tidak berlaku" where a level or body does not apply, "tanpa NIP", the SKB row with its act).
 */
final class NoticeWording {
    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", INDONESIAN);

    private NoticeWording() {
    }

    static String track(String track) {
        return CodeWords.TRACK.of(track);
    }

    static String level(String level) {
        return level == null ? "tidak berlaku" : CodeWords.LEVEL.of(level);
    }

    static String sanctioningBody(String body) {
        return body == null ? "tidak berlaku" : CodeWords.SANCTIONING_BODY.of(body);
    }

    /** The SKB 2022 row with the act as the catalogue words it, e.g. "baris D2: Sosialisasi atau kampanye ...". */
    static String violation(String kind, String act) {
        return act == null ? "SKB 2022 baris " + kind : "SKB 2022 baris " + kind + ": " + act;
    }

    /**
     * A sanction in words, from the event's text (sanction-service's catalogue), e.g. "pembebasan dari jabatannya
     * ..."; a code without text is worded from the regulations, never printed as a code.
     */
    static String sanction(String sanction, Map<String, String> texts) {
        return sanction == null ? "belum ditentukan; PPK memilih dari sanksi yang dapat dijatuhkan"
                : withMeaning(sanction, texts == null ? Map.of() : texts);
    }

    static String employment(EmploymentType type) {
        return CodeWords.EMPLOYMENT.capitalised(type.name());
    }

    /** PTT/honorer staff may have no NIP or NI PPPK. */
    static String employeeId(String employeeId) {
        return employeeId == null ? "tanpa NIP" : employeeId;
    }

    static String orDash(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** The long Indonesian form of a day, e.g. "2 Desember 2026". */
    static String longDate(LocalDate date) {
        return IndonesianDates.longForm(date);
    }

    private static String withMeaning(String code, Map<String, String> meanings) {
        String meaning = meanings.get(code);
        if (meaning != null && !meaning.isBlank()) {
            return meaning;
        }
        return CodeWords.SANCTION.of(code);
    }
}

package id.netral.report.intake;

import id.netral.events.EmploymentType;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The structure of an 18-digit NIP (Perka BKN 22/2007): birth date YYYYMMDD, CPNS appointment YYYYMM, sex digit,
 * sequence. An NI PPPK also starts with the birth date; its other digit positions are unconfirmed, so only the
 * birth date is checked for PPPK.
 */
final class EmployeeNumber {
    private EmployeeNumber() {
    }

    /** @return the reason the number is wrong, or empty when it fits its employment type */
    static Optional<String> problem(String number, EmploymentType type) {
        if (number == null || number.isBlank()) {
            return type == EmploymentType.NON_ASN ? Optional.empty()
                    : Optional.of("is required for " + type + " (NIP or NI PPPK)");
        }
        if (!number.matches("\\d{18}")) {
            return Optional.of("must be 18 digits");
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(digits(number, 0, 4), digits(number, 4, 6), digits(number, 6, 8));
        } catch (DateTimeException e) {
            return Optional.of("digits 1-8 must be a real birth date (YYYYMMDD)");
        }
        if (type != EmploymentType.PNS) {
            return Optional.empty();
        }
        YearMonth appointed;
        try {
            appointed = YearMonth.of(digits(number, 8, 12), digits(number, 12, 14));
        } catch (DateTimeException e) {
            return Optional.of("digits 9-14 must be the appointment year and month (YYYYMM)");
        }
        if (!appointed.isAfter(YearMonth.from(birth))) {
            return Optional.of("the appointment month (digits 9-14) must come after the birth date");
        }
        char sex = number.charAt(14);
        if (sex != '1' && sex != '2') {
            return Optional.of("digit 15 (sex) must be 1 or 2");
        }
        if (digits(number, 15, 18) == 0) {
            return Optional.of("the sequence (digits 16-18) starts at 001");
        }
        return Optional.empty();
    }

    private static int digits(String number, int from, int to) {
        return Integer.parseInt(number.substring(from, to));
    }
}

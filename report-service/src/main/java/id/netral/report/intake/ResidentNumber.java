package id.netral.report.intake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The structure of a 16-digit NIK: province, regency/city and district codes, the birth date as DDMMYY with 40
 * added to the day for women, and a serial number from 0001 (research notes 4.3).
 */
final class ResidentNumber {
    private ResidentNumber() {
    }

    static Optional<String> problem(String nik) {
        if (!nik.matches("\\d{16}")) {
            return Optional.of("must be 16 digits");
        }
        int day = Integer.parseInt(nik.substring(6, 8));
        int month = Integer.parseInt(nik.substring(8, 10));
        int birthDay = day > 40 ? day - 40 : day;
        try {
            // a leap year, so that 29 February is accepted whatever the two-digit year
            LocalDate.of(2000, month, birthDay);
        } catch (DateTimeException e) {
            return Optional.of("digits 7-12 must be the birth date DDMMYY (40 added to the day for women)");
        }
        if (Integer.parseInt(nik.substring(12)) == 0) {
            return Optional.of("the serial number (digits 13-16) starts at 0001");
        }
        return Optional.empty();
    }
}

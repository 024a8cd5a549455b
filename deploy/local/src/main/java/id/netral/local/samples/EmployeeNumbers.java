package id.netral.local.samples;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Distinct, structurally valid 18-digit NIPs (birth date, CPNS appointment year and month, sex digit, sequence), so
 * that every generated report is a new civil servant's case: report-service links a second report of the same
 * accused, day and kind to the first as a duplicate, which would measure a different path.
 */
public final class EmployeeNumbers {
    private static final int SEQUENCES_PER_BIRTH_DATE = 999;
    private static final LocalDate FIRST_BIRTH_DATE = LocalDate.of(1970, 1, 1);
    private static final int YEARS_TO_APPOINTMENT = 24;
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter APPOINTMENT = DateTimeFormatter.ofPattern("yyyyMM");

    private EmployeeNumbers() {
    }

    /** The NIP numbered {@code index}: different indexes give different NIPs. */
    public static String nip(long index) {
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative: " + index);
        }
        LocalDate birth = FIRST_BIRTH_DATE.plusDays(index / SEQUENCES_PER_BIRTH_DATE);
        int sequence = (int) (index % SEQUENCES_PER_BIRTH_DATE) + 1;
        int sex = sequence % 2 == 0 ? 2 : 1;
        return BIRTH.format(birth) + APPOINTMENT.format(birth.plusYears(YEARS_TO_APPOINTMENT).withDayOfMonth(1))
                + sex + String.format("%03d", sequence);
    }
}

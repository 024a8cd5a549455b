package id.netral.local.samples;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EmployeeNumbersTest {

    @Test
    void theFirstNipIsABirthDateAnAppointmentMonthASexDigitAndSequenceOne() {
        assertThat(EmployeeNumbers.nip(0)).isEqualTo("197001011994011001");
        assertThat(EmployeeNumbers.nip(1)).isEqualTo("197001011994012002");
        assertThat(EmployeeNumbers.nip(999)).isEqualTo("197001021994011001");
    }

    /** The structure report-service checks (Perka BKN 22/2007), so every generated report passes screening. */
    @Test
    void tenThousandNipsAreDistinctAndStructurallyValid() {
        Set<String> seen = new HashSet<>();
        for (long i = 0; i < 10_000; i++) {
            String nip = EmployeeNumbers.nip(i);
            assertThat(nip).matches("\\d{18}");
            LocalDate birth = LocalDate.of(digits(nip, 0, 4), digits(nip, 4, 6), digits(nip, 6, 8));
            YearMonth appointed = YearMonth.of(digits(nip, 8, 12), digits(nip, 12, 14));
            assertThat(appointed).isAfter(YearMonth.from(birth));
            assertThat(nip.charAt(14)).isIn('1', '2');
            assertThat(digits(nip, 15, 18)).isBetween(1, 999);
            assertThat(seen.add(nip)).as("unique: %s", nip).isTrue();
        }
    }

    private static int digits(String nip, int from, int to) {
        return Integer.parseInt(nip.substring(from, to));
    }
}

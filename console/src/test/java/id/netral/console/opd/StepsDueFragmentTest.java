package id.netral.console.opd;

import id.netral.console.DevSignInResource;
import id.netral.console.services.Views.StepDue;
import id.netral.console.services.Views.StepsDue;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steps still due on the OPD head's notice page, as notification-service gives them: each with its last day in the
 * long Indonesian form, a step past its day marked late, in words and never by its code. The browser test
 * ConsoleBrowserIT in deploy/local reads a real notice's day on the page.
 */
@QuarkusTest
@WithTestResource(DevSignInResource.class)
class StepsDueFragmentTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Inject
    @Location("opd/steps-due.html")
    Template stepsDue;

    @Test
    void aStepPastItsDayIsMarkedLateAndOneNotYetIsNot() {
        String page = stepsDue.data("due", new StepsDue(TODAY, List.of(
                new StepDue("DECISION_DELIVERED", "PPK", LocalDate.of(2026, 11, 20), true)))).render();
        assertThat(page).contains("batas 20 November 2026").contains("Terlambat")
                .contains("Batas waktunya sudah lewat").doesNotContain("DECISION_DELIVERED");

        String onTime = stepsDue.data("due", new StepsDue(TODAY, List.of(
                new StepDue("SUMMONED", "DIRECT_SUPERIOR", LocalDate.of(2026, 12, 9), false)))).render();
        assertThat(onTime).contains("Langkah berikutnya").contains("batas 9 Desember 2026")
                .doesNotContain("Terlambat").doesNotContain("SUMMONED");
    }

    @Test
    void nothingDueShowsNothing() {
        assertThat(stepsDue.data("due", new StepsDue(TODAY, List.of())).render()).isBlank();
    }
}

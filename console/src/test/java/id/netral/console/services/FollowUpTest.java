package id.netral.console.services;

import id.netral.console.services.Views.FollowUp;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A step of the procedure is marked late only when its document's day is past the day the procedure gave it. */
class FollowUpTest {
    private static final LocalDate DUE = LocalDate.of(2024, 10, 21);

    @Test
    void aStepTakenAfterItsDayIsLateAndOnItsDayIsNot() {
        assertThat(step(DUE.plusDays(1), DUE).late()).isTrue();
        assertThat(step(DUE, DUE).late()).isFalse();
        assertThat(step(DUE.minusDays(3), DUE).late()).isFalse();
    }

    @Test
    void aStepWithoutADayOrWithoutADocumentDayIsNeverCalledLate() {
        assertThat(step(DUE.plusDays(30), null).late()).isFalse();
        assertThat(step(null, DUE).late()).isFalse();
    }

    private static FollowUp step(LocalDate documentDate, LocalDate dueDate) {
        return new FollowUp(UUID.randomUUID(), "SUMMONED", null, "kepala-disperkim",
                Instant.parse("2024-10-25T02:00:00Z"), "800/15/DISPERKIM/2024", documentDate, dueDate);
    }
}

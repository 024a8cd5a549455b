package id.netral.notification.chasing;

import io.smallrye.config.ConfigMapping;
import jakarta.validation.constraints.PositiveOrZero;
import org.hibernate.validator.constraints.time.DurationMin;

import java.time.Duration;

/**
 * When an OPD head who has not acknowledged a delivered notice is reminded: first some time after the notice was
 * written, then once every period, at most so many times (none at all with 0). A wrong value stops the service at
 * start.
 */
@ConfigMapping(prefix = "netral.notification.reminder")
public interface ReminderConfig {
    /** How often due reminders are looked for; the scheduler reads the key itself. */
    @DurationMin(millis = 1)
    Duration pollInterval();

    @DurationMin(millis = 1)
    Duration firstAfter();

    @DurationMin(millis = 1)
    Duration every();

    @PositiveOrZero
    int max();
}

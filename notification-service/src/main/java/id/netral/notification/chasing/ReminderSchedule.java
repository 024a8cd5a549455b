package id.netral.notification.chasing;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;

/** When an OPD head who has not acknowledged a notice is reminded, how often, and how many times at most. */
@ApplicationScoped
public class ReminderSchedule {
    @ConfigProperty(name = "netral.notification.reminder.first-after")
    Duration firstAfter;

    @ConfigProperty(name = "netral.notification.reminder.every")
    Duration every;

    @ConfigProperty(name = "netral.notification.reminder.max")
    int max;

    public Instant firstReminder(Instant noticeCreatedAt) {
        return max > 0 ? noticeCreatedAt.plus(firstAfter) : null;
    }

    /** @return when the next reminder is due after the {@code sent}th went at {@code now}; null after the last */
    public Instant after(int sent, Instant now) {
        return sent < max ? now.plus(every) : null;
    }

    public int max() {
        return max;
    }
}

package id.netral.notification.chasing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;

/** When an OPD head who has not acknowledged a notice is reminded, how often, and how many times at most. */
@ApplicationScoped
public class ReminderSchedule {
    @Inject
    ReminderConfig config;

    public Instant firstReminder(Instant noticeCreatedAt) {
        return config.max() > 0 ? noticeCreatedAt.plus(config.firstAfter()) : null;
    }

    /** @return when the next reminder is due after the {@code sent}th went at {@code now}; null after the last */
    public Instant after(int sent, Instant now) {
        return sent < config.max() ? now.plus(config.every()) : null;
    }

    public int max() {
        return config.max();
    }
}

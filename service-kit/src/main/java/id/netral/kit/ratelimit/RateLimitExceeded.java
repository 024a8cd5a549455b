package id.netral.kit.ratelimit;

import java.time.Duration;

/** A client asked more often than its limit allows; answered 429 with Retry-After. */
public class RateLimitExceeded extends RuntimeException {
    private final Duration retryAfter;

    public RateLimitExceeded(String limit, Duration retryAfter) {
        super("Too many requests (" + limit + "); try again in " + Math.max(1, retryAfter.toSeconds()) + " s");
        this.retryAfter = retryAfter;
    }

    public long retryAfterSeconds() {
        return Math.max(1, (long) Math.ceil(retryAfter.toMillis() / 1000.0));
    }
}

package id.netral.kit.ratelimit;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets per (limit, key), e.g. submissions per partner app and per address, tracking lookups per address.
 * {@code netral.rate-limit.NAME.per-minute} sets each limit ({@link RateLimitConfig}). The buckets live in this
 * replica's memory, so with N replicas a client gets up to N times the limit; the ingress in front keeps its own
 * global limit.
 */
@ApplicationScoped
public class RateLimits {
    private final RateLimitConfig config;
    private final RefillClock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Inject
    public RateLimits(RateLimitConfig config, RefillClock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** @throws RateLimitExceeded when the key has used up the limit; nothing of the request happens */
    public void take(String limit, String key) {
        if (!config.enabled()) {
            return;
        }
        int perMinute = perMinute(limit);
        long now = clock.nanoTime();
        Bucket bucket = buckets.computeIfAbsent(limit + '|' + key, k -> new Bucket(perMinute, now));
        long waitNanos = bucket.take(perMinute, now);
        if (waitNanos > 0) {
            throw new RateLimitExceeded(limit, Duration.ofNanos(waitNanos));
        }
    }

    private int perMinute(String limit) {
        RateLimitConfig.Limit configured = config.limits().get(limit);
        if (configured == null) {
            throw new IllegalStateException("netral.rate-limit." + limit + ".per-minute is not configured");
        }
        return configured.perMinute();
    }

    /** Full buckets say nothing a new bucket would not; dropping them keeps memory bounded. */
    @Scheduled(every = "10m")
    void forgetIdle() {
        long now = clock.nanoTime();
        buckets.values().removeIf(bucket -> bucket.isFull(now));
    }

    private static final class Bucket {
        private double tokens;
        private long updated;
        private final int capacity;

        Bucket(int capacity, long now) {
            this.capacity = capacity;
            this.tokens = capacity;
            this.updated = now;
        }

        /** @return 0 when a token was taken, else the nanoseconds until one is available */
        synchronized long take(int perMinute, long now) {
            refill(perMinute, now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) ((1 - tokens) * Duration.ofMinutes(1).toNanos() / perMinute);
        }

        synchronized boolean isFull(long now) {
            refill(capacity, now);
            return tokens >= capacity;
        }

        private void refill(int perMinute, long now) {
            tokens = Math.min(capacity, tokens + (now - updated) * perMinute / (double) Duration.ofMinutes(1).toNanos());
            updated = now;
        }
    }
}

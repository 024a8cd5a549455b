package id.netral.kit.ratelimit;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets per (limit, key), e.g. submissions per partner app and per address, tracking lookups per address.
 * {@code netral.rate-limit.NAME.per-minute} sets each limit. The buckets live in this replica's memory, so with N
 * replicas a client gets up to N times the limit; the ingress in front keeps its own global limit.
 */
@ApplicationScoped
public class RateLimits {
    @Inject
    Config config;

    @ConfigProperty(name = "netral.rate-limit.enabled", defaultValue = "true")
    boolean enabled;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** @throws RateLimitExceeded when the key has used up the limit; nothing of the request happens */
    public void take(String limit, String key) {
        if (!enabled) {
            return;
        }
        int perMinute = config.getValue("netral.rate-limit." + limit + ".per-minute", Integer.class);
        Bucket bucket = buckets.computeIfAbsent(limit + '|' + key, k -> new Bucket(perMinute));
        long waitNanos = bucket.take(perMinute, System.nanoTime());
        if (waitNanos > 0) {
            throw new RateLimitExceeded(limit, Duration.ofNanos(waitNanos));
        }
    }

    /** Full buckets say nothing a new bucket would not; dropping them keeps memory bounded. */
    @Scheduled(every = "10m")
    void forgetIdle() {
        long now = System.nanoTime();
        buckets.values().removeIf(bucket -> bucket.isFull(now));
    }

    private static final class Bucket {
        private double tokens;
        private long updated = System.nanoTime();
        private final int capacity;

        Bucket(int capacity) {
            this.capacity = capacity;
            this.tokens = capacity;
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

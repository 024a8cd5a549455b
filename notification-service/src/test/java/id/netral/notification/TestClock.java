package id.netral.notification;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** The service's clock in tests: real time plus however far a test moved it forward. Replaces the system clock. */
public final class TestClock extends Clock {
    public static final TestClock INSTANCE = new TestClock();

    private static final ZoneId KUPANG = ZoneId.of("Asia/Makassar");

    private volatile Duration offset = Duration.ZERO;

    private TestClock() {
    }

    /** Moves the service's time forward; never back, so what was due stays due. */
    public static void advance(Duration duration) {
        INSTANCE.offset = INSTANCE.offset.plus(duration);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return KUPANG;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the service's clock runs in Kupang's zone, like service-kit's");
    }

    @Singleton
    public static class Producer {
        @Produces
        @Singleton
        Clock clock() {
            return INSTANCE;
        }
    }
}

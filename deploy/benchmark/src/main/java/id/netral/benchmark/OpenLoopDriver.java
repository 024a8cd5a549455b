package id.netral.benchmark;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * Fires each request of a schedule at its due time from one thread, without waiting for answers; a send must only
 * start an asynchronous request. How late each send left (the generator's own lag) is kept, so a generator that
 * could not keep up on a busy machine is visible in the report rather than hidden in the latencies.
 */
final class OpenLoopDriver {
    private OpenLoopDriver() {
    }

    interface Send {
        /** @param dueNanoTime the {@link System#nanoTime()} the request was due at: its latency counts from here */
        void send(int index, long dueNanoTime);
    }

    record Dispatch(long startNanoTime, LatencySamples.Summary sendLag) {
    }

    static Dispatch drive(FixedRateSchedule schedule, Send send) {
        LatencySamples lag = new LatencySamples();
        long start = System.nanoTime();
        for (int i = 0; i < schedule.requests(); i++) {
            long due = start + schedule.dueNanos(i);
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            lag.record(Duration.ofNanos(System.nanoTime() - due));
            send.send(i, due);
        }
        return new Dispatch(start, lag.summary());
    }
}

package id.netral.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * CPU time a process has used, user and system, from /proc/PID/stat. With its children it also counts the
 * children alive now and those already ended and waited for: PostgreSQL's backends are children of the postmaster,
 * and a connection closed during a run must still count.
 */
final class ProcessCpu {
    /** USER_HZ: the unit of /proc's CPU times, 100 on every Linux this runs on (sysconf(_SC_CLK_TCK)). */
    private static final long TICKS_PER_SECOND = 100;

    private ProcessCpu() {
    }

    static Duration of(long pid) {
        return ticksToDuration(ticks(pid, false));
    }

    static Duration withChildren(long pid) {
        long total = ticks(pid, true);
        for (ProcessHandle child : ProcessHandle.of(pid).map(p -> p.descendants().toList())
                .orElse(java.util.List.of())) {
            total += ticks(child.pid(), false);
        }
        return ticksToDuration(total);
    }

    private static long ticks(long pid, boolean reapedChildren) {
        try {
            return parse(Files.readString(Path.of("/proc", Long.toString(pid), "stat")), reapedChildren);
        } catch (IOException e) {
            return 0; // a backend that ended between listing and reading: its time moves to the parent's
        }
    }

    /**
     * Fields 14-17 of /proc/PID/stat: utime, stime, cutime, cstime. Counted after the command's closing
     * parenthesis, since the command itself may hold spaces and parentheses.
     */
    static long parse(String stat, boolean reapedChildren) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        // fields[0] is field 3 (state), so field n is fields[n - 3]
        long own = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return reapedChildren ? own + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : own;
    }

    private static Duration ticksToDuration(long ticks) {
        return Duration.ofMillis(ticks * 1000 / TICKS_PER_SECOND);
    }
}

package id.netral.benchmark;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessCpuTest {
    /** A real /proc/PID/stat line of a postgres backend; its command holds a space and a parenthesis. */
    private static final String STAT = "4242 (postgres: a) b) S 4200 4200 4200 0 -1 4194560 1200 0 0 0 "
            + "731 269 40 60 20 0 1 0 5000 200000000 3000 18446744073709551615 1 1 0 0 0 0 0 4096 0 0 0 0 17 1";

    @Test
    void userAndSystemTimeAreReadAfterTheCommand() {
        assertThat(ProcessCpu.parse(STAT, false)).isEqualTo(731 + 269);
    }

    @Test
    void endedChildrenCountWhenAsked() {
        assertThat(ProcessCpu.parse(STAT, true)).isEqualTo(731 + 269 + 40 + 60);
    }

    @Test
    void thisJvmHasUsedSomeCpu() {
        assertThat(ProcessCpu.of(ProcessHandle.current().pid())).isGreaterThan(Duration.ZERO);
    }
}

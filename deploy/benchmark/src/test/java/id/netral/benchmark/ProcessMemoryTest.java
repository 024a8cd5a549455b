package id.netral.benchmark;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProcessMemoryTest {
    private static final String STATUS = """
            Name:\tjava
            State:\tS (sleeping)
            Pid:\t4242
            VmPeak:\t 3518404 kB
            VmSize:\t 3452868 kB
            VmHWM:\t  301236 kB
            VmRSS:\t  287744 kB
            Threads:\t58
            """;

    @Test
    void readsTheResidentAndPeakResidentSizeOfAProcStatus() {
        ProcessMemory memory = ProcessMemory.parse(STATUS);

        assertThat(memory.residentKib()).isEqualTo(287_744);
        assertThat(memory.peakResidentKib()).isEqualTo(301_236);
        assertThat(memory.resident()).isEqualTo("281 MiB");
        assertThat(memory.peakResident()).isEqualTo("294 MiB");
    }

    @Test
    void readsItsOwnProcess() {
        ProcessMemory memory = ProcessMemory.of(ProcessHandle.current().pid());

        assertThat(memory.residentKib()).isPositive();
        assertThat(memory.peakResidentKib()).isGreaterThanOrEqualTo(memory.residentKib());
    }

    @Test
    void aStatusWithoutResidentSizeIsAnError() {
        assertThatThrownBy(() -> ProcessMemory.parse("Name:\tjava\n")).isInstanceOf(IllegalArgumentException.class);
    }
}

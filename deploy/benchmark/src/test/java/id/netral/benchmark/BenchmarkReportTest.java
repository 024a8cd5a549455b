package id.netral.benchmark;

import id.netral.local.MachineFacts;

import id.netral.local.NetralService;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BenchmarkReportTest {

    @Test
    void aRunBecomesMarkdownTablesWithTheMachineAndAContentionNote() {
        String report = BenchmarkReport.of(measurements("6.20 7.10 5.80"));

        assertThat(report).startsWith("# Netral benchmark")
                .contains("| cores (nproc) | 2 |")
                .contains("**Taken under contention:**")
                .contains("| report-service | 19.5 s |")
                .contains("| 50/s | 30.0 s | 1500 | 1498 | 2 (HTTP 503: 2) | 49.9/s | 20.0 ms | 20.0 ms | 900.0 ms "
                        + "| 900.0 ms | 0.2 ms |")
                .contains("| the OPD head's e-mail at the SMTP server | 2 of 2 | 1.50 s | 2.50 s | 2.50 s |")
                .contains("| the report's status NOTIFIED | 0 of 2 | – | – | – |")
                .contains("| notification-service | 300 MiB | 310 MiB | 300 MiB | 310 MiB | -Xmx256m UseG1GC |");
    }

    @Test
    void anIdleMachineGetsNoContentionNote() {
        assertThat(BenchmarkReport.of(measurements("0.10 0.20 0.30"))).doesNotContain("contention");
    }

    private static Measurements measurements(String loadBefore) {
        Map<NetralService, Duration> ready = new EnumMap<>(NetralService.class);
        Map<NetralService, String> jvm = new EnumMap<>(NetralService.class);
        Map<NetralService, ProcessMemory> memory = new EnumMap<>(NetralService.class);
        for (NetralService service : NetralService.values()) {
            ready.put(service, Duration.ofMillis(19_500));
            jvm.put(service, "-Xmx256m UseG1GC");
            memory.put(service, new ProcessMemory(300 * 1024, 310 * 1024));
        }
        LatencySamples intake = new LatencySamples();
        for (int i = 0; i < 1498; i++) {
            intake.record(Duration.ofMillis(i < 1480 ? 20 : 900));
        }
        LatencySamples lag = new LatencySamples();
        lag.record(Duration.ofNanos(200_000));
        LatencySamples mail = new LatencySamples();
        mail.record(Duration.ofMillis(1500));
        mail.record(Duration.ofMillis(2500));
        IntakeLoad.Result fifty = new IntakeLoad.Result(50, Duration.ofSeconds(30), 1500, intake.summary(),
                Map.of("HTTP 503", 2), Duration.ofMillis(30_020), lag.summary());
        return new Measurements(BenchmarkOptions.parse("--home", "/work/netral"),
                new MachineFacts(2, "OpenJDK 17", "Linux", "23 GiB", "Thu, 26 Nov 2026 07:00:00 GMT"), loadBefore,
                "7.00 7.00 6.00", ready, jvm, memory, memory, List.of(fifty),
                new EndToEndRun.Result(2, 2, mail.summary(), new LatencySamples().summary(), 0));
    }
}

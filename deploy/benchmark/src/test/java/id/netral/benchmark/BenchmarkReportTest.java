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
                .contains("| report-service | 19.5 s | 7.0 s | 2.00x |")
                .contains("| reference app | | 3.5 s | 1.00x |")
                .contains("| Netral intake | 300 | 0.10x | 0.05x | 20.0 ms | 900.0 ms | 0 | 6.00 ms | 2.50 ms | 13.0 |")
                .contains("| reference app | 3000 | 1.00x | 0.50x |")
                .contains("**Netral's intake: 0.10x the reference app's writes/s, 0.05x raw inserts'.**")
                .contains("| 13.00 | 0.100 ms | `INSERT INTO report (id, nip) VALUES ($1, $2)` |")
                .contains("| 50/s | 30.0 s | 1500 | 1498 | 2 (HTTP 503: 2) | 49.9/s | 20.0 ms | 20.0 ms | 900.0 ms "
                        + "| 900.0 ms | 0.2 ms |")
                .contains("| the OPD head's e-mail at the SMTP server | 2 of 2 | 1.50 s | 2.50 s | 2.50 s | 2.50 s |")
                .contains("| the report's status NOTIFIED | 0 of 2 | – | – | – | – |")
                .contains("From the first verification to the last OPD head's e-mail: 4.00 s, 0.5 cases/s carried "
                        + "through. Letters a recipient got twice about one civil servant: 0.")
                .contains("| one | 2 | 2 | 1.50 s | 2.50 s | 0.5 |")
                .contains("| two | 2 | 2 | 1.50 s | 2.50 s | 1 |")
                .contains("Two replicas carried 2.00x the cases per second of one. Recommendations beyond the first "
                        + "for one report: 0; notices beyond the first of one recommendation to one recipient: 0; "
                        + "letters mailed twice: 0.")
                .contains("| notification-service | 300 MiB | 300 MiB | 1.20x | 300 MiB / 310 MiB | -Xmx256m UseG1GC |")
                .contains("| reference app | 200 MiB | 250 MiB | 1.00x | | same options |");
    }

    @Test
    void anIdleMachineGetsNoContentionNote() {
        assertThat(BenchmarkReport.of(measurements("0.10 0.20 0.30"))).doesNotContain("contention");
    }

    /** 30 s windows: raw 6000 writes, the reference 3000/s, Netral 300/s with 13 statements per submission. */
    private static SideBySide.Result sideBySide() {
        LatencySamples netral = new LatencySamples();
        for (int i = 0; i < 9000; i++) {
            netral.record(Duration.ofMillis(i < 8900 ? 20 : 900));
        }
        LatencySamples reference = new LatencySamples();
        for (int i = 0; i < 90_000; i++) {
            reference.record(Duration.ofMillis(10));
        }
        StatementStatistics.Counts none = new StatementStatistics.Counts(List.of());
        return new SideBySide.Result(32, 2, List.of(
                new SideBySide.Target(SideBySide.RAW, "PostgreSQL", 180_000, 6000, null, Map.of(),
                        Map.of("PostgreSQL", 0.1), none),
                new SideBySide.Target(SideBySide.REFERENCE, "reference app", 90_000, 3000, reference.summary(),
                        Map.of(), Map.of("reference app", 0.25, "PostgreSQL", 0.2), none),
                new SideBySide.Target(SideBySide.NETRAL, "report-service", 9000, 300, netral.summary(), Map.of(),
                        Map.of("report-service", 6.0, "PostgreSQL", 2.5), new StatementStatistics.Counts(List.of(
                        new StatementStatistics.Counted(117_000, 11_700,
                                "INSERT INTO report (id, nip)\n   VALUES ($1, $2)"))))));
    }

    private static Measurements measurements(String loadBefore) {
        Map<NetralService, Duration> ready = new EnumMap<>(NetralService.class);
        Map<NetralService, Duration> alone = new EnumMap<>(NetralService.class);
        Map<NetralService, String> jvm = new EnumMap<>(NetralService.class);
        Map<NetralService, ProcessMemory> memory = new EnumMap<>(NetralService.class);
        for (NetralService service : NetralService.values()) {
            ready.put(service, Duration.ofMillis(19_500));
            alone.put(service, Duration.ofMillis(7_000));
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
                "7.00 7.00 6.00", new StartUp(ready, alone, Duration.ofMillis(3_500)), jvm,
                new Memory(memory, new ProcessMemory(200 * 1024, 200 * 1024)),
                new Memory(memory, new ProcessMemory(250 * 1024, 250 * 1024)), memory, sideBySide(), List.of(fifty),
                new EndToEndRun.Result(2, 2, mail.summary(), new LatencySamples().summary(), 0,
                        Duration.ofSeconds(4), 0),
                new ScaleOut.Result(new EndToEndRun.Result(2, 2, mail.summary(), new LatencySamples().summary(), 0,
                        Duration.ofSeconds(2), 0), 0, 0));
    }
}

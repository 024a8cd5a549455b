package id.netral.benchmark;

import id.netral.local.MachineFacts;

import id.netral.local.NetralService;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Everything one benchmark run measured, handed to the report. */
record Measurements(BenchmarkOptions options, MachineFacts machine, String loadBefore, String loadAfter,
                    Map<NetralService, Duration> timeToReady, Map<NetralService, String> jvmSettings,
                    Map<NetralService, ProcessMemory> memoryAfterStartUp,
                    Map<NetralService, ProcessMemory> memoryAfterLoad,
                    List<IntakeLoad.Result> intake, EndToEndRun.Result endToEnd) {
}

package id.netral.benchmark;

import id.netral.local.MachineFacts;
import id.netral.local.NetralService;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Everything one benchmark run measured, handed to the report; scaleOut is null when it was not run. */
record Measurements(BenchmarkOptions options, MachineFacts machine, String loadBefore, String loadAfter,
                    StartUp startUp, Map<NetralService, String> jvmSettings, Memory memoryAfterStartUp,
                    Memory memoryAfterComparison, Map<NetralService, ProcessMemory> memoryAfterLoad,
                    SideBySide.Result comparison, List<IntakeLoad.Result> intake, EndToEndRun.Result endToEnd,
                    ScaleOut.Result scaleOut) {
}

/** Time to first request: the three services started at once, each again on its own, and the reference app. */
record StartUp(Map<NetralService, Duration> together, Map<NetralService, Duration> alone, Duration reference) {
}

/** Resident memory of the services and of the reference app at one moment. */
record Memory(Map<NetralService, ProcessMemory> services, ProcessMemory reference) {
}

package id.netral.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A process's resident memory as the operating system counts it (what a container limit is checked against), not
 * the JVM's own view of its heap: VmRSS now and VmHWM, the highest RSS so far, from /proc/PID/status.
 */
record ProcessMemory(long residentKib, long peakResidentKib) {

    static ProcessMemory of(long pid) {
        try {
            return parse(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the memory of process " + pid, e);
        }
    }

    static ProcessMemory parse(String procStatus) {
        return new ProcessMemory(kib(procStatus, "VmRSS"), kib(procStatus, "VmHWM"));
    }

    private static long kib(String procStatus, String field) {
        for (String line : procStatus.split("\n")) {
            if (line.startsWith(field + ":")) {
                String[] parts = line.substring(field.length() + 1).trim().split("\\s+");
                if (parts.length != 2 || !parts[1].equals("kB")) {
                    throw new IllegalArgumentException("unexpected " + field + " line: " + line);
                }
                return Long.parseLong(parts[0]);
            }
        }
        throw new IllegalArgumentException("no " + field + " in the process status");
    }

    String resident() {
        return mebibytes(residentKib);
    }

    String peakResident() {
        return mebibytes(peakResidentKib);
    }

    private static String mebibytes(long kib) {
        return String.format(Locale.ROOT, "%.0f MiB", kib / 1024d);
    }
}

package id.netral.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The heap options a service's JVM was started with and what the JVM made of them (maximum and initial heap,
 * collector), read from the running process: on a small machine the JVM's own choices differ from a server's.
 */
final class JvmSettings {
    private JvmSettings() {
    }

    static String of(long pid) {
        List<String> parts = new ArrayList<>(ProcessHandle.of(pid).flatMap(p -> p.info().arguments())
                .map(List::of).orElse(List.of()).stream().filter(argument -> argument.startsWith("-X")).toList());
        parts.addAll(effectiveHeapFlags(pid));
        return String.join(" ", parts);
    }

    private static List<String> effectiveHeapFlags(long pid) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "VM.flags")
                    .redirectErrorStream(true).start();
            String flags = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return List.of("(jcmd VM.flags failed)");
            }
            return parse(flags);
        } catch (IOException e) {
            return List.of("(jcmd not available: " + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    /** The heap sizes in MiB and the collector out of {@code jcmd PID VM.flags}. */
    static List<String> parse(String vmFlags) {
        List<String> picked = new ArrayList<>();
        for (String flag : vmFlags.split("\\s+")) {
            if (flag.startsWith("-XX:MaxHeapSize=") || flag.startsWith("-XX:InitialHeapSize=")) {
                String name = flag.substring(4, flag.indexOf('='));
                long bytes = Long.parseLong(flag.substring(flag.indexOf('=') + 1));
                picked.add(name + "=" + bytes / (1024 * 1024) + "M");
            } else if (flag.matches("-XX:\\+Use\\w+GC")) {
                picked.add(flag.substring(5));
            }
        }
        return picked;
    }
}

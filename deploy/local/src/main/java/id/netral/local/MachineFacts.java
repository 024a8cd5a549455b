package id.netral.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** What the numbers were taken on: they mean little without the machine and how busy it was. */
public record MachineFacts(int cores, String jdk, String os, String memory, String date) {

    public static MachineFacts now() {
        return new MachineFacts(Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                        + System.getProperty("os.arch") + ")" + distribution(),
                totalMemory(), ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME));
    }

    /**
     * The machine as a Markdown table, with the load before a run (other work) and after it (the run's own too),
     * and a warning when the machine was already busy: numbers mean little without it.
     */
    public String markdown(String loadBefore, String loadAfter) {
        StringBuilder table = new StringBuilder()
                .append("| machine | |\n|---|---|\n")
                .append("| date | ").append(date).append(" |\n")
                .append("| cores (nproc) | ").append(cores).append(" |\n")
                .append("| memory | ").append(memory).append(" |\n")
                .append("| JDK | ").append(jdk).append(" |\n")
                .append("| OS | ").append(os).append(" |\n")
                .append("| load average (1, 5, 15 min) before / after | ").append(loadBefore).append(" / ")
                .append(loadAfter).append(" |\n\n")
                .append("The load average after includes Netral's own load; the one before (taken before the system "
                        + "started) shows other work on the machine.\n\n");
        if (oneMinute(loadBefore) >= cores * 0.5) {
            table.append("**Taken under contention:** before the run the machine was already busy (load ")
                    .append(loadBefore).append(" on ").append(cores).append(" cores), so other processes competed "
                            + "with Netral and the load generator for the CPU; the numbers are pessimistic and vary "
                            + "between runs.\n\n");
        }
        return table.toString();
    }

    /** The 1, 5 and 15 minute load averages: above the number of cores, other work competed for the CPU. */
    public static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The one-minute figure of a {@link #loadAverage()}, or 0 when unknown. */
    public static double oneMinute(String loadAverage) {
        try {
            return Double.parseDouble(loadAverage.split(" ")[0]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String distribution() {
        try {
            return Files.readAllLines(Path.of("/etc/os-release")).stream()
                    .filter(line -> line.startsWith("PRETTY_NAME="))
                    .map(line -> ", " + line.substring("PRETTY_NAME=".length()).replace("\"", ""))
                    .findFirst().orElse("");
        } catch (IOException e) {
            return "";
        }
    }

    private static String totalMemory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream()
                    .filter(line -> line.startsWith("MemTotal:"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / (1024 * 1024) + " GiB")
                    .findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}

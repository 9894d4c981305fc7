package dev.byline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times {@code byline ingest} of one sample into a fresh index, as a separate process started the way the launcher
 * starts it (its default JVM settings), so that two builds are measured the same way in one run: wall-clock seconds,
 * the peak heap in use (the largest heap before a collection, from the JVM's own GC log) and the peak resident memory.
 */
public final class IngestRuns {

    /** One ingest: its build, seconds, articles added, and peak heap and resident memory in MB (0 where unknown). */
    public record Run(String build, double seconds, long articles, double peakHeapMb, double peakRssMb) {
        double articlesPerSecond() {
            return seconds == 0 ? 0 : articles / seconds;
        }
    }

    /** "2043M->1200M(4096M)": the heap before and after a collection. */
    private static final Pattern GC = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
    private static final Pattern ADDED = Pattern.compile("added ([\\d,]+), updated");

    private IngestRuns() {}

    /** Ingests the sample with {@code jar} in a JVM of its own, started with {@code javaOptions} (its launcher's). */
    public static Run run(String build, Path java, List<String> javaOptions, Path jar, Path sample, Path work) throws IOException, InterruptedException {
        Path index = Files.createTempDirectory(work, "index-");
        Path gcLog = work.resolve("gc-" + System.nanoTime() + ".log");
        Path out = work.resolve("ingest-" + System.nanoTime() + ".log");
        List<String> command = new ArrayList<>(List.of(java.toString(), "--enable-native-access=ALL-UNNAMED", "-Xlog:gc:file=" + gcLog));
        command.addAll(javaOptions);
        command.addAll(List.of("-jar", jar.toString(), "ingest", sample.toString(), "--index", index.toString()));
        long started = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
        builder.environment().put("BYLINE_VECTORS", "off"); // ingest with extraction; embedding is a cost of its own
        Process p = builder.start();
        long peakRssKb = 0;
        while (!p.waitFor(200, TimeUnit.MILLISECONDS)) peakRssKb = Math.max(peakRssKb, rssKb(p.pid()));
        double seconds = (System.nanoTime() - started) / 1e9;
        String log = Files.readString(out);
        if (p.exitValue() != 0) throw new IllegalStateException(build + " ingest failed (exit " + p.exitValue() + "): " + tail(log));
        Matcher added = ADDED.matcher(log);
        long articles = added.find() ? Long.parseLong(added.group(1).replace(",", "")) : 0;
        return new Run(build, seconds, articles, peakHeapMb(gcLog), peakRssKb / 1024.0);
    }

    private static double peakHeapMb(Path gcLog) throws IOException {
        if (!Files.exists(gcLog)) return 0;
        long peak = 0;
        Matcher m = GC.matcher(Files.readString(gcLog));
        while (m.find()) peak = Math.max(peak, Long.parseLong(m.group(1)));
        return peak;
    }

    /** The process's resident memory now, in KB, from /proc (0 where there is none). */
    private static long rssKb(long pid) {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D+", ""));
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    private static String tail(String log) {
        String[] lines = log.strip().split("\n");
        return lines.length == 0 ? "" : lines[lines.length - 1];
    }

    /** The median of the runs' values. */
    public static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        if (n == 0) return 0;
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}

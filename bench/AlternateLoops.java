import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Two or more builds' scanners in one JVM, each in its own class loader, taking turns over the AFP story and the 109
 * feed articles (ScanLoop's round) for half a second each, so that a spell of a shared machine's slowness falls on
 * both alike (bench/README.md, "The passes over every word"). Prints each build's thread CPU time per round, counted
 * after a warm-up, in total and per block of turns:
 * {@code java -XX:TieredStopAtLevel=1 bench/AlternateLoops.java 120 /tmp/before.jar bench/target/benchmarks.jar}
 * (seconds of measurement per build, then the jars; run from the repository's root, where Inputs finds its texts).
 * With {@code -Dlist=opensanctions-3m} each build reads LargeList's 3M names instead of the SDN list (generated first;
 * {@code -Xmx8g} for three builds), and with {@code -Dtexts=afp} the round is the AFP story alone. A build given as
 * {@code JAR,INDEX} reads that index file ({@code .swx}) beside the 3M list rather than LargeList's: builds whose
 * index formats differ each read the index written by their own rules.
 */
public final class AlternateLoops {
    private record Build(String name, Object scanner, Method scan, List<String> texts) {}

    public static void main(String[] args) throws Exception {
        long seconds = Long.parseLong(args[0]);
        List<Build> builds = new ArrayList<>();
        for (int b = 1; b < args.length; b++) {
            String[] jarAndIndex = args[b].split(",", 2);
            URLClassLoader loader = new URLClassLoader(new URL[] {Path.of(jarAndIndex[0]).toUri().toURL()},
                    ClassLoader.getPlatformClassLoader());
            Class<?> scannerClass = loader.loadClass("sanctionswatch.scan.ArticleScanner");
            Class<?> listClass = loader.loadClass("sanctionswatch.lists.Watchlist");
            Class<?> inputs = loader.loadClass("sanctionswatch.bench.Inputs");
            Object scanner;
            if ("opensanctions-3m".equals(System.getProperty("list")) && jarAndIndex.length == 2) {
                Class<?> largeList = loader.loadClass("sanctionswatch.bench.LargeList");
                Path compiled = (Path) largeList.getMethod("compiled", Path.class)
                        .invoke(null, largeList.getMethod("defaultDir").invoke(null));
                Object list;
                try (InputStream in = Files.newInputStream(compiled)) {
                    list = loader.loadClass("sanctionswatch.lists.formats.CompiledWatchlist")
                            .getMethod("read", InputStream.class, String.class).invoke(null, in, compiled.toString());
                }
                scanner = scannerClass.getMethod("of", listClass, byte[].class)
                        .invoke(null, list, Files.readAllBytes(Path.of(jarAndIndex[1])));
            } else if ("opensanctions-3m".equals(System.getProperty("list"))) {
                scanner = inputs.getMethod("largeListScanner").invoke(null);
            } else {
                Object list = loader.loadClass("sanctionswatch.lists.formats.OfacSdnCsv").getMethod("bundled")
                        .invoke(null);
                scanner = scannerClass.getMethod("of", listClass).invoke(null, list);
            }
            List<String> texts = new ArrayList<>();
            texts.add((String) inputs.getMethod("afpStory").invoke(null));
            if (!"afp".equals(System.getProperty("texts"))) {
                @SuppressWarnings("unchecked")
                List<String> feeds = (List<String>) inputs.getMethod("feedArticles").invoke(null);
                texts.addAll(feeds);
            }
            builds.add(new Build(args[b], scanner, scannerClass.getMethod("scan", String.class), texts));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sliceNanos = 500_000_000L;
        int blocks = 4;
        long[][] cpu = new long[builds.size()][blocks];
        long[][] rounds = new long[builds.size()][blocks];
        // Warm-up: 20 s of turns, not counted; then the measured turns, in blocks.
        for (int phase = -1; phase < blocks; phase++) {
            long phaseSeconds = phase < 0 ? Math.min(20, seconds) : seconds / blocks;
            long turns = phaseSeconds * 1_000_000_000L / sliceNanos;
            for (long turn = 0; turn < turns; turn++) {
                for (int b = 0; b < builds.size(); b++) {
                    Build build = builds.get(b);
                    long cpuStart = threads.getCurrentThreadCpuTime();
                    long end = System.nanoTime() + sliceNanos;
                    long n = 0;
                    while (System.nanoTime() < end) {
                        for (String text : build.texts()) {
                            build.scan().invoke(build.scanner(), text);
                        }
                        n++;
                    }
                    if (phase >= 0) {
                        cpu[b][phase] += threads.getCurrentThreadCpuTime() - cpuStart;
                        rounds[b][phase] += n;
                    }
                }
            }
        }
        for (int b = 0; b < builds.size(); b++) {
            long totalCpu = 0;
            long totalRounds = 0;
            StringBuilder perBlock = new StringBuilder();
            for (int k = 0; k < blocks; k++) {
                totalCpu += cpu[b][k];
                totalRounds += rounds[b][k];
                perBlock.append(k == 0 ? "" : ", ").append(cpu[b][k] / rounds[b][k] / 1000);
            }
            System.out.printf("%s: %d rounds, %d µs of CPU per round (blocks: %s)%n", builds.get(b).name(),
                    totalRounds, totalCpu / totalRounds / 1000, perBlock);
        }
    }
}

package sanctionswatch.bench;

import sanctionswatch.country.Countries;
import sanctionswatch.lists.Watchlist;
import sanctionswatch.lists.formats.CompiledWatchlist;
import sanctionswatch.match.CountryMatcher;
import sanctionswatch.match.EntityMatcher;
import sanctionswatch.scan.ArticleScanner;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One cold start of the bundled list's scanner, in the fresh JVM it measures, step by step as {@code
 * ArticleScanner.bundled()} takes them: the compiled list read, the index's bytes taken from the class path, the
 * matcher read from them, the country forms, the country matcher, then the AFP story's first scan and its second (the
 * first's own first-use work is the difference). Prints one JSON line: per step the clock's milliseconds ({@code
 * list}), the thread's CPU milliseconds ({@code list.cpu}) and the classes loaded ({@code list.classes}). Run by
 * {@link ScannerColdStart}; no AWS, no emulator: the same steps run on a cold start that loads a published version.
 */
public final class ScannerSteps {
    private static final String INDEX = "/sanctionswatch/match/ofac_sdn.swx";

    private final Map<String, Long> out = new LinkedHashMap<>();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
    private long clock;
    private long cpu;
    private long loaded;

    private ScannerSteps() {
        clock = System.nanoTime();
        cpu = threads.getCurrentThreadCpuTime();
        loaded = classes.getTotalLoadedClassCount();
    }

    public static void main(String[] args) throws IOException {
        String afp = Files.readString(Path.of(args.length > 0 ? args[0] : "events/seed-russia-nk-arms.txt"));
        ScannerSteps s = new ScannerSteps();
        Watchlist list = list();
        s.step("list");
        byte[] index = indexBytes();
        s.step("indexBytes");
        EntityMatcher entities = matcher(list, index);
        s.step("indexRead");
        Countries countries = countries();
        s.step("countries");
        CountryMatcher countryMatcher = countryMatcher(countries);
        s.step("countryMatcher");
        ArticleScanner scanner = new ArticleScanner(entities, countryMatcher);
        s.step("scanner");
        int first = firstScan(scanner, afp);
        s.step("firstScan");
        int second = secondScan(scanner, afp);
        s.step("secondScan");
        if (first != second) {
            throw new IllegalStateException("the two scans differ: " + first + " and " + second + " mentions");
        }
        StringBuilder line = new StringBuilder("{\"mentions\":").append(first);
        s.out.forEach((k, v) -> line.append(",\"").append(k).append("\":").append(v));
        System.out.println(line.append('}'));
    }

    // One method per step, so that a profile's stacks say which step a sample is of (bench/jfr-methods.py).
    private static Watchlist list() {
        return CompiledWatchlist.bundled();
    }

    private static byte[] indexBytes() throws IOException {
        try (InputStream in = ScannerSteps.class.getResourceAsStream(INDEX)) {
            return in.readAllBytes();
        }
    }

    private static EntityMatcher matcher(Watchlist list, byte[] index) {
        return EntityMatcher.of(list, index);
    }

    private static Countries countries() {
        return Countries.bundled();
    }

    private static CountryMatcher countryMatcher(Countries countries) {
        return new CountryMatcher(countries);
    }

    private static int firstScan(ArticleScanner scanner, String text) {
        return scanner.scan(text).mentions().size();
    }

    private static int secondScan(ArticleScanner scanner, String text) {
        return scanner.scan(text).mentions().size();
    }

    private void step(String name) {
        long now = System.nanoTime();
        long nowCpu = threads.getCurrentThreadCpuTime();
        long nowLoaded = classes.getTotalLoadedClassCount();
        out.put(name, (now - clock) / 1_000_000);
        out.put(name + ".cpu", (nowCpu - cpu) / 1_000_000);
        out.put(name + ".classes", nowLoaded - loaded);
        clock = System.nanoTime();
        cpu = threads.getCurrentThreadCpuTime();
        loaded = classes.getTotalLoadedClassCount();
    }
}

package sanctionswatch.bench;

import sanctionswatch.lists.Watchlist;
import sanctionswatch.lists.formats.CompiledWatchlist;
import sanctionswatch.lists.formats.OfacSdnCsv;
import sanctionswatch.scan.ArticleScanner;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Retained heap of a list and its scanner: used heap after full collections, with them held, minus without. Run as
 * {@code java -Xmx3g -cp bench/target/benchmarks.jar sanctionswatch.bench.HeapHarness sdn|synthetic-1m|opensanctions-3m}.
 * For {@code opensanctions-3m} ({@link LargeList}'s files, read as a scanner reads a published version: the compiled
 * list, then its index) it also prints the peak of used heap while they were read, what a function's heap must hold
 * beside the version in use when it swaps a new one in.
 */
public final class HeapHarness {
    private HeapHarness() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        String which = args.length > 0 ? args[0] : "sdn";
        if (which.equals(LargeList.NAME)) {
            large();
            return;
        }
        if (which.equals(LargeList.NAME + "-swap")) {
            swap();
            return;
        }
        long before = settledUsed();
        Watchlist list = which.equals("sdn") ? OfacSdnCsv.bundled() : Inputs.syntheticList(1_000_000, Inputs.SEED);
        long listOnly = settledUsed() - before;
        ArticleScanner scanner = ArticleScanner.of(list);
        long both = settledUsed() - before;
        System.out.printf("%s: %,d entries; list %,.1f MB; list + index %,.1f MB; index %,.1f MB%n", which,
                list.size(), listOnly / 1e6, both / 1e6, (both - listOnly) / 1e6);
        // Keeps both reachable until measured.
        if (scanner.scan("x").mentions().size() + list.size() < 0) {
            System.out.println();
        }
    }

    private static void large() throws IOException, InterruptedException {
        Path dir = LargeList.defaultDir();
        long before = settledUsed();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        Watchlist list;
        try (InputStream in = Files.newInputStream(LargeList.compiled(dir))) {
            list = CompiledWatchlist.read(in, LargeList.compiled(dir).toString());
        }
        long listOnly = settledUsed() - before;
        ArticleScanner scanner = ArticleScanner.of(list, Files.readAllBytes(LargeList.index(dir)));
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        long both = settledUsed() - before;
        System.out.printf("%s: %,d entries, %,d names; files %,d + %,d bytes; list %,.1f MB; list + index %,.1f MB; "
                        + "index %,.1f MB; peak used heap while reading %,.1f MB (pools' peaks summed)%n", LargeList.NAME,
                list.size(), list.entities().stream().mapToInt(e -> 1 + e.aliases().size()).sum(),
                Files.size(LargeList.compiled(dir)), Files.size(LargeList.index(dir)), listOnly / 1e6, both / 1e6,
                (both - listOnly) / 1e6, (peak - before) / 1e6);
        if (scanner.scan("x").mentions().size() + list.size() < 0) {
            System.out.println();
        }
    }

    /**
     * What a scanner holding the large list does when a new version is published: reads the new list and index while
     * the old scanner is still in use, then scans with the new one. Run with a function's heap ({@code -Xmx}) to see
     * whether that memory setting holds it: prints the scan's entries, or dies of {@code OutOfMemoryError}.
     */
    private static void swap() throws IOException {
        ArticleScanner old = Inputs.largeListScanner();
        String story = Inputs.afpStory();
        int before = old.scan(story).mentions().size();
        ArticleScanner next = Inputs.largeListScanner();
        System.out.printf("swap held in %,d MB of heap: %d mentions in the AFP story before, %d after%n",
                Runtime.getRuntime().maxMemory() >> 20, before, next.scan(story).mentions().size());
    }

    private static long settledUsed() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}

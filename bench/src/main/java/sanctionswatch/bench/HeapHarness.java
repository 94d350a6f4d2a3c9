package sanctionswatch.bench;

import sanctionswatch.lists.Watchlist;
import sanctionswatch.lists.formats.OfacSdnCsv;
import sanctionswatch.scan.ArticleScanner;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Retained heap of a list and its scanner: used heap after full collections, with them held, minus without. Run as
 * {@code java -Xmx3g -cp bench/target/benchmarks.jar sanctionswatch.bench.HeapHarness sdn|synthetic-1m}.
 */
public final class HeapHarness {
    private HeapHarness() {}

    public static void main(String[] args) throws InterruptedException {
        String which = args.length > 0 ? args[0] : "sdn";
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

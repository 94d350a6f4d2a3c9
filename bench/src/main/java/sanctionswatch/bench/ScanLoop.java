package sanctionswatch.bench;

import sanctionswatch.lists.formats.OfacSdnCsv;
import sanctionswatch.match.Mention;
import sanctionswatch.scan.ArticleScanner;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * Scans the AFP story and the 109 feed articles with the SDN list, over and over for a number of seconds, for a
 * profiler to watch (bench/README.md, "One pass over the text"):
 * {@code java -XX:TieredStopAtLevel=1 -XX:StartFlightRecording=filename=scan.jfr,settings=profile -cp
 * bench/target/benchmarks.jar sanctionswatch.bench.ScanLoop 60} prints the rounds made and the time per round, both
 * as the clock and as the thread's CPU time: on a machine shared with other builds the clock also counts the time the
 * thread waited for a core, the CPU time does not. {@code ScanLoop 60 opensanctions-3m afp} scans the AFP story alone
 * with {@link LargeList}'s 3M names (generated first), and prints the first round's mentions, one a line, for a
 * change that must not alter them to be compared before and after, and that round's time.
 */
public final class ScanLoop {
    private ScanLoop() {}

    public static void main(String[] args) {
        boolean large = args.length > 1 && args[1].equals(LargeList.NAME);
        ArticleScanner scanner = large ? Inputs.largeListScanner() : ArticleScanner.of(OfacSdnCsv.bundled());
        List<String> texts = new ArrayList<>();
        texts.add(Inputs.afpStory());
        if (args.length < 3 || !args[2].equals("afp")) {
            texts.addAll(Inputs.feedArticles());
        }
        if (large) {
            // The first round also makes what the matcher makes lazily from the whole list (its given names).
            long first = System.nanoTime();
            for (String text : texts) {
                for (Mention m : scanner.scan(text).mentions()) {
                    System.out.printf("mention %s %d-%d %s %.4f %s | %s%n", m.entity().id(), m.start(), m.end(),
                            m.rule(), m.score(), m.matched(), m.evidence());
                }
            }
            System.out.printf("first round %d ms%n", (System.nanoTime() - first) / 1_000_000);
        }
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 60;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        long rounds = 0;
        long mentions = 0;
        while (System.nanoTime() < end) {
            for (String text : texts) {
                mentions += scanner.scan(text).mentions().size();
            }
            rounds++;
        }
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        System.out.printf("%d rounds of %d texts, %d µs per round, %d µs of CPU per round, %d mentions%n", rounds,
                texts.size(), (System.nanoTime() - start) / rounds / 1000, cpu / rounds / 1000, mentions);
    }
}

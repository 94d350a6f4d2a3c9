package sanctionswatch.bench;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import sanctionswatch.lists.Entity;
import sanctionswatch.lists.Watchlist;
import sanctionswatch.lists.formats.OfacSdnCsv;
import sanctionswatch.match.NameForm;
import sanctionswatch.match.NameForms;
import sanctionswatch.scan.ArticleScanner;

import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The project's scanner against plain exact multi-pattern matching (a double-array Aho-Corasick trie over the same
 * name forms, the text lower-cased and punctuation folded to spaces), on the same texts, in one run.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx12g"})
public class ScanBenchmark {
    static final int MAX_BASELINE_ENTRIES = 100_000;

    /** The list, the texts, and only the matcher the benchmark method uses (a 1M-name trie of each would not fit). */
    @State(Scope.Benchmark)
    public static class Input {
        /** {@code opensanctions-3m}: {@link LargeList}'s files, which hold the SDN list and are scanned on its texts. */
        @Param({"sdn", "synthetic-1m", "opensanctions-3m"})
        public String list;

        @Param({"afp", "feeds", "synthetic-5k", "synthetic-1m"})
        public String text;

        Watchlist names;
        List<String> articles;

        @Setup(Level.Trial)
        public void setUp() {
            // The 3M list holds the SDN list: its synthetic articles are the SDN list's, the same texts.
            names = list.equals("synthetic-1m") ? Inputs.syntheticList(1_000_000, Inputs.SEED) : OfacSdnCsv.bundled();
            List<String> sample = Inputs.sampleNames(names, 200, Inputs.SEED);
            articles = switch (text) {
                case "afp" -> List.of(Inputs.afpStory());
                case "feeds" -> Inputs.feedArticles();
                case "synthetic-5k" -> List.of(Inputs.syntheticArticle(5_000, sample, Inputs.SEED));
                case "synthetic-1m" -> List.of(Inputs.syntheticArticle(1_000_000, sample, Inputs.SEED));
                default -> throw new IllegalArgumentException(text);
            };
        }
    }

    @State(Scope.Benchmark)
    public static class Scanner {
        ArticleScanner scanner;

        @Setup(Level.Trial)
        public void setUp(Input input) {
            scanner = input.list.equals("opensanctions-3m") ? Inputs.largeListScanner() : ArticleScanner.of(input.names);
        }
    }

    @State(Scope.Benchmark)
    public static class Baseline {
        AhoCorasickDoubleArrayTrie<String> trie;

        @Setup(Level.Trial)
        public void setUp(Input input) {
            if (input.names.size() > MAX_BASELINE_ENTRIES || input.list.equals("opensanctions-3m")) {
                // Measured: building the double-array trie of the 1M-name list's 1.67M forms ran for over 8 minutes
                // (6 GB heap) without finishing, so the baseline is not run at that size; see bench/README.md.
                throw new IllegalStateException("the Aho-Corasick baseline is not built for more than "
                        + MAX_BASELINE_ENTRIES + " entries");
            }
            TreeMap<String, String> patterns = new TreeMap<>();
            for (Entity e : input.names.entities()) {
                for (NameForm f : NameForms.of(e)) {
                    patterns.put(String.join(" ", f.words()), e.id());
                }
            }
            trie = new AhoCorasickDoubleArrayTrie<>();
            trie.build(patterns);
        }
    }

    @Benchmark
    public void scanner(Input input, Scanner s, Blackhole bh) {
        for (String a : input.articles) {
            bh.consume(s.scanner.scan(a));
        }
    }

    @Benchmark
    public void ahoCorasick(Input input, Baseline b, Blackhole bh) {
        for (String a : input.articles) {
            String folded = fold(a);
            b.trie.parseText(folded, (begin, end, id) -> {
                if ((begin == 0 || folded.charAt(begin - 1) == ' ')
                        && (end == folded.length() || folded.charAt(end) == ' ')) {
                    bh.consume(id);
                }
            });
        }
    }

    /** The baseline's normalisation: lower case, every run of other characters one space. */
    static String fold(String text) {
        StringBuilder b = new StringBuilder(text.length());
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
                space = false;
            } else if (!space) {
                b.append(' ');
                space = true;
            }
        }
        return b.toString();
    }
}

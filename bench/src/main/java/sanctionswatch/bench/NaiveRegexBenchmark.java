package sanctionswatch.bench;

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
import sanctionswatch.scan.ArticleScanner;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** What screening one name at a time costs: one case-insensitive regex per SDN name and alias, against the scanner. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class NaiveRegexBenchmark {
    @Param({"afp", "synthetic-5k"})
    public String text;

    private List<Pattern> patterns;
    private ArticleScanner scanner;
    private String article;

    @Setup(Level.Trial)
    public void setUp() {
        Watchlist sdn = OfacSdnCsv.bundled();
        scanner = ArticleScanner.of(sdn);
        patterns = new ArrayList<>();
        for (Entity e : sdn.entities()) {
            patterns.add(Pattern.compile("\\b" + Pattern.quote(e.name()) + "\\b", Pattern.CASE_INSENSITIVE));
            e.aliases().forEach(a -> patterns.add(
                    Pattern.compile("\\b" + Pattern.quote(a.name()) + "\\b", Pattern.CASE_INSENSITIVE)));
        }
        article = text.equals("afp") ? Inputs.afpStory()
                : Inputs.syntheticArticle(5_000, Inputs.sampleNames(sdn, 200, Inputs.SEED), Inputs.SEED);
    }

    @Benchmark
    public void regexPerName(Blackhole bh) {
        for (Pattern p : patterns) {
            bh.consume(p.matcher(article).find());
        }
    }

    @Benchmark
    public void scanner(Blackhole bh) {
        bh.consume(scanner.scan(article));
    }
}

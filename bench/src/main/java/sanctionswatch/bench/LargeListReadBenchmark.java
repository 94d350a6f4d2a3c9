package sanctionswatch.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import sanctionswatch.lists.Watchlist;
import sanctionswatch.lists.formats.CompiledWatchlist;
import sanctionswatch.match.EntityMatcher;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The OpenSanctions-size list ({@link LargeList}'s files) read as a scanner's cold start reads a published version,
 * at C1 only with Lambda's flags and the heap that holds a swap of this list (-Xmx3100m, see bench/README.md): the compiled list from its bytes (held in
 * memory, as after the download from S3), and the matcher's index of it, each a single shot in a fresh JVM, so every
 * figure is a cold one. Run as {@code java -jar bench/target/benchmarks.jar LargeListReadBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 5, jvmArgs = {"-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx3100m"})
public class LargeListReadBenchmark {
    byte[] compiled;
    byte[] index;
    Watchlist list;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path dir = LargeList.defaultDir();
        compiled = Files.readAllBytes(LargeList.compiled(dir));
        index = Files.readAllBytes(LargeList.index(dir));
        list = CompiledWatchlist.read(new ByteArrayInputStream(compiled), "opensanctions-3m.swl");
    }

    /** The compiled list alone. */
    @Benchmark
    public Watchlist readList() throws IOException {
        return CompiledWatchlist.read(new ByteArrayInputStream(compiled), "opensanctions-3m.swl");
    }

    /**
     * The index alone, the list read before (in setup, so this fork's JIT has seen the list's reading but not the
     * index's).
     */
    @Benchmark
    public EntityMatcher readIndex() {
        return EntityMatcher.of(list, index);
    }

    /** Both, as {@code LiveScanner} loads a version. */
    @Benchmark
    public EntityMatcher readListAndIndex() throws IOException {
        return EntityMatcher.of(CompiledWatchlist.read(new ByteArrayInputStream(compiled), "opensanctions-3m.swl"),
                index);
    }
}

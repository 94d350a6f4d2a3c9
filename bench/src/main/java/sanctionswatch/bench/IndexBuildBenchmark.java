package sanctionswatch.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import sanctionswatch.lists.Watchlist;
import sanctionswatch.lists.formats.CompiledWatchlist;
import sanctionswatch.lists.formats.OfacSdnCsv;
import sanctionswatch.match.EntityMatcher;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;

/**
 * Building the SDN index, each time in a fresh state: reading the bundled CSV trio or the compiled list made from it
 * (held in memory, as after its download), and indexing its names, or reading the index the build wrote for it.
 * Single shots, as a cold start does it once; the first iterations are the cold ones.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 10)
@Fork(value = 3, jvmArgs = {"-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"})
public class IndexBuildBenchmark {
    private final Watchlist sdn = OfacSdnCsv.bundled();
    private final byte[] compiled = compile(sdn);
    private final byte[] index = EntityMatcher.indexOf(sdn);

    static byte[] compile(Watchlist list) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            CompiledWatchlist.write(list, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Benchmark
    public Watchlist readCompiledSdn() throws IOException {
        return CompiledWatchlist.read(new ByteArrayInputStream(compiled), "sdn.swl");
    }

    @Benchmark
    public EntityMatcher readCompiledAndIndexSdn() throws IOException {
        return EntityMatcher.of(CompiledWatchlist.read(new ByteArrayInputStream(compiled), "sdn.swl"));
    }

    /** What a cold start does with the bundled list: its compiled form and the index the build wrote, both read. */
    @Benchmark
    public EntityMatcher readCompiledAndItsIndexSdn() throws IOException {
        Watchlist list = CompiledWatchlist.read(new ByteArrayInputStream(compiled), "sdn.swl");
        return EntityMatcher.of(list, index);
    }

    @Benchmark
    public Watchlist readSdnTrio() {
        return OfacSdnCsv.bundled();
    }

    @Benchmark
    public EntityMatcher indexSdn() {
        return EntityMatcher.of(sdn);
    }

    @Benchmark
    public EntityMatcher readAndIndexSdn() {
        return EntityMatcher.of(OfacSdnCsv.bundled());
    }
}

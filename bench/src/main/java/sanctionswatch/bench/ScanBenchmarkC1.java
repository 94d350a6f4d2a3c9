package sanctionswatch.bench;

import org.openjdk.jmh.annotations.Fork;

/**
 * {@link ScanBenchmark} at Lambda's own JIT level: the same benchmarks (scanner and the exact Aho-Corasick baseline) in
 * a fork that stops at C1 ({@code -XX:TieredStopAtLevel=1}, the flag {@code template.yaml} gives every function), so
 * that one run of {@code ScanBenchmark} measures both levels: {@code ScanBenchmark.scanner} and
 * {@code ScanBenchmarkC1.scanner} on the AFP story, each beside its baseline, minutes apart rather than days
 * ({@code bench/levels.sh}).
 */
@Fork(value = 1, jvmArgs = {"-Xmx12g", "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1"})
public class ScanBenchmarkC1 extends ScanBenchmark {
}

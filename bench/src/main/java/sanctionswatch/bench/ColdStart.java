package sanctionswatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import sanctionswatch.json.Json;
import sanctionswatch.local.Emulators;
import sanctionswatch.local.TemplateResources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The cold-start harness (see bench/README.md): a fresh JVM per run on the deployable artifact with Lambda's flags,
 * each function on its sample event against the emulators, and an empty handler as the baseline; medians of N runs.
 * Arguments: the artifact's class path, then optionally the number of runs (10). For a closer look, system
 * properties {@code coldstart.functions} (some functions, by name, comma-separated) and {@code coldstart.jvmArgs}
 * (flags added to each probe JVM, a profiler's for instance) and {@code coldstart.handler} (another handler run in
 * the functions' place, with their environment: {@link InitSteps}) and {@code coldstart.cds} (a folder: each function
 * first runs once to write a class data archive of what it loaded there, then its probes of this build run with that
 * archive; the class path must then be jars, {@code COLDSTART_JARS=1}); such runs leave {@code results/coldstart.json}
 * alone. With {@code coldstart.before.cp} and {@code coldstart.before.dir} (the class path and the checkout of another
 * build, made as {@code coldstart.sh} makes this one), each function runs on both, before and after in turn, each probe
 * in its own checkout (where {@link InitSteps} writes), and the medians of both are printed side by side: a change
 * measured before and after in one run, the machine's drift falling on both.
 */
public final class ColdStart {
    static final List<String> LAMBDA_FLAGS = List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC", "-Xshare:auto", "-Xmx870m");

    private ColdStart() {}

    public static void main(String[] args) throws Exception {
        String classPath = args[0];
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path root = Inputs.root();
        Map<String, String> events = new LinkedHashMap<>();
        events.put("EmptyHandler", "events/poll-feeds.json");
        events.put("PollFeedsFunction", "events/poll-feeds.json");
        events.put("ScanArticleFunction", "events/scan-article.json");
        events.put("DigestFunction", "events/digest.json");
        events.put("WatchesFunction", "events/watches-list.json");
        String only = System.getProperty("coldstart.functions", "");
        String extraFlags = System.getProperty("coldstart.jvmArgs", "");
        String otherHandler = System.getProperty("coldstart.handler", "");
        if (!only.isBlank()) {
            events.keySet().retainAll(List.of(only.split(",")));
        }
        List<String> flags = new ArrayList<>(LAMBDA_FLAGS);
        if (!extraFlags.isBlank()) {
            flags.addAll(List.of(extraFlags.trim().split("\\s+")));
        }
        // A class data archive per function, made by a training run of this build just before its runs (the
        // archive holds the jars' sizes and times, which the next build changes), then used by this build's probes
        // only: with COLDSTART_BEFORE naming this same checkout, the same build with and without it in one run.
        String cdsDir = System.getProperty("coldstart.cds", "");
        String beforeCp = System.getProperty("coldstart.before.cp", "");
        Path beforeDir = Path.of(System.getProperty("coldstart.before.dir", root.toString()));
        Map<String, Map<String, Long>> medians = new LinkedHashMap<>();
        Map<String, Map<String, Long>> beforeMedians = new LinkedHashMap<>();
        try (Emulators emulators = Emulators.start()) {
            TemplateResources resources = new TemplateResources(emulators);
            resources.createAll(emulators.dynamo(), emulators.sqs(), emulators.sns(), emulators.s3());
            for (var e : events.entrySet()) {
                String function = e.getKey();
                boolean empty = function.equals("EmptyHandler");
                String handler = empty ? EmptyHandler.class.getName() + "::handleRequest"
                        : otherHandler.isBlank() ? resources.template().handler(function) : otherHandler;
                Map<String, String> env = empty ? emulators.awsEnvironment() : resources.environment(function);
                List<String> afterFlags = flags;
                if (!cdsDir.isBlank() && !empty) {
                    Path archive = Path.of(cdsDir).toAbsolutePath().resolve(function + ".jsa");
                    Files.createDirectories(archive.getParent());
                    Files.deleteIfExists(archive);
                    List<String> training = new ArrayList<>(flags);
                    training.add("-XX:ArchiveClassesAtExit=" + archive);
                    probe(classPath, root, training, handler, root.resolve(e.getValue()), env);
                    afterFlags = new ArrayList<>(flags);
                    afterFlags.add("-XX:SharedArchiveFile=" + archive);
                }
                List<JsonNode> samples = new ArrayList<>();
                List<JsonNode> beforeSamples = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    if (!beforeCp.isBlank() && !empty) {
                        beforeSamples.add(probe(beforeCp, beforeDir, flags, handler, root.resolve(e.getValue()), env));
                    }
                    samples.add(probe(classPath, root, afterFlags, handler, root.resolve(e.getValue()), env));
                }
                if (!beforeSamples.isEmpty()) {
                    beforeMedians.put(function, medians(beforeSamples));
                    System.out.printf("%-22s before %s%n", function, beforeMedians.get(function));
                }
                medians.put(function, medians(samples));
                System.out.printf("%-22s %s%s%n", function, beforeSamples.isEmpty() ? "" : "after  ",
                        medians.get(function));
            }
        }
        if (!beforeMedians.isEmpty() && medians.containsKey("EmptyHandler")) {
            long baseline = medians.get("EmptyHandler").get("total");
            System.out.printf("%n| function | before: init | first invocation | total | × empty | after: init | "
                    + "first invocation | total | × empty |%n|---|---:|---:|---:|---:|---:|---:|---:|---:|%n");
            beforeMedians.forEach((f, b) -> {
                Map<String, Long> a = medians.get(f);
                System.out.printf("| %s | %d | %d | %d | %.2f | %d | %d | %d | %.2f |%n", f, b.get("init"),
                        b.get("firstInvoke"), b.get("total"), b.get("total") / (double) baseline, a.get("init"),
                        a.get("firstInvoke"), a.get("total"), a.get("total") / (double) baseline);
            });
        }
        if (!only.isBlank() || !extraFlags.isBlank() || !otherHandler.isBlank() || !beforeCp.isBlank()
                || !cdsDir.isBlank()) {
            return;
        }
        long baseline = medians.get("EmptyHandler").get("total");
        System.out.printf("%n| function | JVM boot | init | first invocation | total | × empty handler |%n");
        System.out.printf("|---|---:|---:|---:|---:|---:|%n");
        medians.forEach((f, m) -> System.out.printf("| %s | %d ms | %d ms | %d ms | %d ms | %.2f |%n", f,
                m.get("jvmBoot"), m.get("init"), m.get("firstInvoke"), m.get("total"),
                m.get("total") / (double) baseline));
        Path out = root.resolve("bench/results/coldstart.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, Json.write(Map.of("runs", runs, "flags", LAMBDA_FLAGS, "medianMillis", medians)));
    }

    private static Map<String, Long> medians(List<JsonNode> samples) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (String field : List.of("jvmBoot", "init", "firstInvoke", "total")) {
            m.put(field, median(samples.stream().map(s -> s.get(field).asLong()).toList()));
        }
        return m;
    }

    /** @param dir the probe's working folder: the checkout whose build it runs */
    private static JsonNode probe(String classPath, Path dir, List<String> flags, String handler, Path event,
                                  Map<String, String> env)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(flags);
        command.add("-cp");
        command.add(classPath);
        command.add(ColdStartProbe.class.getName());
        command.add(handler);
        command.add(event.toString());
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().putAll(env);
        return lastMeasurement(pb, "{\"jvmBoot\"", handler);
    }

    /**
     * Runs a probe and reads its last line that starts with {@code prefix}, the JSON of its measurement: {@code
     * lastMeasurement(pb, "{\"jvmBoot\"", "ScanArticleFunction")}. A probe that fails, hangs two minutes or prints no
     * such line stops the run, named by {@code what}.
     */
    static JsonNode lastMeasurement(ProcessBuilder pb, String prefix, Object what)
            throws IOException, InterruptedException {
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(what + " failed: " + output);
        }
        String last = output.lines().filter(l -> l.startsWith(prefix)).reduce((a, b) -> b).orElseThrow(
                () -> new IllegalStateException(what + " printed no measurement: " + output));
        return Json.mapper().readTree(last);
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}

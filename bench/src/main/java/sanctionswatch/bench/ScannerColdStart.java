package sanctionswatch.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bundled list's scanner at a cold start, step by step ({@link ScannerSteps}), in fresh JVMs with Lambda's flags,
 * for one build or several taking turns run by run, so that the machine's drift falls on all of them; medians of N
 * runs per build. Arguments: N, then one checkout or more, each built ({@code mvn -o -B -q -DskipTests package -pl
 * functions,local,bench}); each runs its own {@code functions/target/classes} (the classes as {@code sam build} lays
 * them out) with this build's probe, from the repository's root: {@code java -cp bench/target/benchmarks.jar
 * sanctionswatch.bench.ScannerColdStart 15 /tmp/perf5-base .}. {@code -Dscanner.jvmArgs='FLAGS'} adds flags to each
 * probe JVM (a recording's, for instance; {@code %d} in them is the build's folder name and the run's number).
 */
public final class ScannerColdStart {
    private ScannerColdStart() {}

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        List<Path> builds = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            builds.add(Path.of(args[i]).toAbsolutePath().normalize());
        }
        // The probe's own classes only: the benchmarks' jar holds a build of the functions too, which would shadow
        // the build's own.
        Path probe = Inputs.root().resolve("bench/target/classes");
        String extra = System.getProperty("scanner.jvmArgs", "").trim();
        Map<Path, List<JsonNode>> samples = new LinkedHashMap<>();
        builds.forEach(b -> samples.put(b, new ArrayList<>()));
        for (int run = 0; run < runs; run++) {
            for (Path build : builds) {
                List<String> flags = new ArrayList<>(ColdStart.LAMBDA_FLAGS);
                if (!extra.isEmpty()) {
                    for (String f : extra.split("\\s+")) {
                        flags.add(f.replace("%d", build.getFileName() + "-" + run));
                    }
                }
                samples.get(build).add(probe(probe, build, flags));
            }
        }
        Map<Path, Map<String, Long>> medians = new LinkedHashMap<>();
        samples.forEach((build, s) -> medians.put(build, medians(s)));
        List<String> keys = new ArrayList<>(medians.get(builds.get(0)).keySet());
        StringBuilder head = new StringBuilder("| step (medians of " + runs + ") |");
        StringBuilder rule = new StringBuilder("|---|");
        for (Path b : builds) {
            head.append(' ').append(b).append(" |");
            rule.append("---:|");
        }
        System.out.println(head);
        System.out.println(rule);
        for (String k : keys) {
            StringBuilder row = new StringBuilder("| " + k + " |");
            for (Path b : builds) {
                row.append(' ').append(medians.get(b).getOrDefault(k, -1L)).append(" |");
            }
            System.out.println(row);
        }
    }

    private static Map<String, Long> medians(List<JsonNode> samples) {
        Map<String, Long> m = new LinkedHashMap<>();
        Map<String, List<Long>> values = new LinkedHashMap<>();
        for (JsonNode s : samples) {
            for (Iterator<String> it = s.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                values.computeIfAbsent(k, x -> new ArrayList<>()).add(s.get(k).asLong());
            }
        }
        values.forEach((k, v) -> m.put(k, ColdStart.median(v)));
        // The steps' sums, the list's scanner made (before the first scan) and with it.
        List<Long> ready = new ArrayList<>();
        List<Long> readyCpu = new ArrayList<>();
        List<Long> scanned = new ArrayList<>();
        for (JsonNode s : samples) {
            long made = 0;
            long madeCpu = 0;
            for (String step : List.of("list", "indexBytes", "indexRead", "countries", "countryMatcher", "scanner")) {
                made += s.get(step).asLong();
                madeCpu += s.get(step + ".cpu").asLong();
            }
            ready.add(made);
            readyCpu.add(madeCpu);
            scanned.add(made + s.get("firstScan").asLong());
        }
        m.put("made", ColdStart.median(ready));
        m.put("made.cpu", ColdStart.median(readyCpu));
        m.put("madeAndFirstScan", ColdStart.median(scanned));
        return m;
    }

    private static JsonNode probe(Path probe, Path build, List<String> flags) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(flags);
        command.add("-cp");
        command.add(probe + java.io.File.pathSeparator + build.resolve("functions/target/classes"));
        command.add(ScannerSteps.class.getName());
        command.add(Inputs.root().resolve("events/seed-russia-nk-arms.txt").toString());
        return ColdStart.lastMeasurement(new ProcessBuilder(command).directory(build.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT), "{\"mentions\"", build);
    }
}

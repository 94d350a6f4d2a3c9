package sanctionswatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import sanctionswatch.json.Json;
import sanctionswatch.local.Emulators;
import sanctionswatch.local.TemplateResources;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The SDK's HTTP clients at cold start (see bench/README.md): for URL connection (the one the functions use), Apache
 * and CRT, N fresh JVMs with Lambda's flags each build a DynamoDB client and make two calls against dynalite; medians
 * of the client build, the first call and the second. Arguments: optionally the number of runs (10).
 */
public final class HttpClientColdStart {
    private static final List<String> CLIENTS = List.of("url-connection", "apache", "crt");

    private HttpClientColdStart() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        String classPath = System.getProperty("java.class.path");
        Map<String, Map<String, Long>> medians = new LinkedHashMap<>();
        try (Emulators emulators = Emulators.start()) {
            new TemplateResources(emulators).createAll(emulators.dynamo(), emulators.sqs(), emulators.sns(),
                    emulators.s3());
            for (String client : CLIENTS) {
                List<JsonNode> samples = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    List<String> command = new ArrayList<>();
                    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
                    command.addAll(ColdStart.LAMBDA_FLAGS);
                    command.addAll(List.of("-cp", classPath, HttpClientProbe.class.getName(), client,
                            "ListVersionsTable"));
                    ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
                    pb.environment().putAll(emulators.awsEnvironment());
                    Process p = pb.start();
                    String out = new String(p.getInputStream().readAllBytes());
                    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                        throw new IllegalStateException(client + " failed: " + out);
                    }
                    samples.add(Json.mapper().readTree(out.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b)
                            .orElseThrow(() -> new IllegalStateException(client + " printed nothing: " + out))));
                }
                Map<String, Long> m = new LinkedHashMap<>();
                for (String field : List.of("jvmBoot", "build", "firstCall", "secondCall", "total")) {
                    m.put(field, ColdStart.median(samples.stream().map(s -> s.get(field).asLong()).toList()));
                }
                medians.put(client, m);
                System.out.printf("%-15s %s%n", client, m);
            }
        }
        long baseline = medians.get("url-connection").get("total");
        System.out.printf("%n| HTTP client | client build | first call | second call | JVM start to first answer "
                + "| × URL connection |%n|---|---:|---:|---:|---:|---:|%n");
        medians.forEach((c, m) -> System.out.printf("| %s | %d ms | %d ms | %d ms | %d ms | %.2f |%n", c,
                m.get("build"), m.get("firstCall"), m.get("secondCall"), m.get("total"),
                m.get("total") / (double) baseline));
        Path out = Inputs.root().resolve("bench/results/httpclients.json");
        Files.writeString(out, Json.write(Map.of("runs", runs, "flags", ColdStart.LAMBDA_FLAGS, "medianMillis",
                medians)));
    }
}

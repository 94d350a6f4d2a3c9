package sanctionswatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import sanctionswatch.json.Json;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Jackson at cold start (see bench/README.md): N fresh JVMs with Lambda's flags per way of reading (the streaming
 * parser the functions use, the object mapper) each parse the feed item of {@code events/scan-article.json} twice
 * ({@link JsonProbe}); medians. Arguments: optionally the number of runs (10).
 */
public final class JsonColdStart {
    private JsonColdStart() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path root = Inputs.root();
        Path body = Files.createTempFile("feed-item", ".json");
        Files.writeString(body, Json.mapper().readTree(root.resolve("events/scan-article.json").toFile())
                .get("Records").get(0).get("body").asText());
        Map<String, Object> medians = new LinkedHashMap<>();
        for (String mode : List.of("streaming", "mapper")) {
            List<JsonNode> samples = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                List<String> command = new ArrayList<>();
                command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
                command.addAll(ColdStart.LAMBDA_FLAGS);
                command.addAll(List.of("-cp", System.getProperty("java.class.path"), JsonProbe.class.getName(),
                        mode, body.toString()));
                Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
                String out = new String(p.getInputStream().readAllBytes());
                if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    throw new IllegalStateException("probe failed: " + out);
                }
                samples.add(Json.mapper().readTree(out.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b)
                        .orElseThrow()));
            }
            long first = ColdStart.median(samples.stream().map(s -> s.get("firstParseMicros").asLong()).toList());
            long second = ColdStart.median(samples.stream().map(s -> s.get("secondParseMicros").asLong()).toList());
            System.out.printf("%s: first parse %d µs, second %d µs (medians of %d fresh JVMs)%n", mode, first,
                    second, runs);
            medians.put(mode, Map.of("firstParse", first, "secondParse", second));
        }
        Files.writeString(root.resolve("bench/results/json.json"), Json.write(Map.of("runs", runs,
                "flags", ColdStart.LAMBDA_FLAGS, "medianMicros", medians)));
    }
}

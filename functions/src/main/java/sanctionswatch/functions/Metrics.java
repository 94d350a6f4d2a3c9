package sanctionswatch.functions;

import sanctionswatch.json.Json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Metrics in CloudWatch embedded metric format: one JSON line per invocation on standard output, which CloudWatch
 * Logs turns into metrics in the {@code SanctionsWatch} namespace, by function, with no API call from the function.
 */
final class Metrics {
    static final String NAMESPACE = "SanctionsWatch";

    private final String function;
    private final Map<String, Number> values = new LinkedHashMap<>();
    private final Map<String, String> units = new LinkedHashMap<>();

    Metrics(String function) {
        this.function = function;
    }

    Metrics count(String name, long value) {
        values.put(name, value);
        units.put(name, "Count");
        return this;
    }

    Metrics millis(String name, long value) {
        values.put(name, value);
        units.put(name, "Milliseconds");
        return this;
    }

    /** The EMF document. */
    Map<String, Object> document(long timestampMillis) {
        List<Map<String, String>> definitions = new ArrayList<>();
        units.forEach((name, unit) -> {
            Map<String, String> definition = new LinkedHashMap<>();
            definition.put("Name", name);
            definition.put("Unit", unit);
            definitions.add(definition);
        });
        Map<String, Object> directive = new LinkedHashMap<>();
        directive.put("Namespace", NAMESPACE);
        directive.put("Dimensions", List.of(List.of("Function")));
        directive.put("Metrics", definitions);
        Map<String, Object> aws = new LinkedHashMap<>();
        aws.put("Timestamp", timestampMillis);
        aws.put("CloudWatchMetrics", List.of(directive));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("_aws", aws);
        doc.put("Function", function);
        doc.putAll(values);
        return doc;
    }

    void emit() {
        System.out.println(Json.write(document(System.currentTimeMillis())));
    }
}

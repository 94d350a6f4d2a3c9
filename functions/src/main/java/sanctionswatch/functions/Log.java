package sanctionswatch.functions;

import sanctionswatch.json.Json;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Structured log lines: one JSON object per event on standard output, which Lambda sends to CloudWatch. */
final class Log {
    private Log() {}

    static void info(String message, Map<String, ?> fields) {
        write("INFO", message, fields);
    }

    static void error(String message, Map<String, ?> fields) {
        write("ERROR", message, fields);
    }

    private static void write(String level, String message, Map<String, ?> fields) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("timestamp", Instant.now().toString());
        line.put("level", level);
        line.put("message", message);
        line.putAll(fields);
        System.out.println(Json.write(line));
    }
}

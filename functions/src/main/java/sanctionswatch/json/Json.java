package sanctionswatch.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;

/**
 * The project's JSON: one object mapper for records in and out (unknown fields tolerated), and Jackson's streaming
 * parser and generator for what a function does on every invocation (its log lines, metrics, queued items). The
 * mapper is built on first use: at a cold start its first use costs about 200 ms against 40 ms for the streaming
 * classes alone ({@code bench/README.md}), and an invocation that raises no alert never needs it.
 */
public final class Json {
    private static final JsonFactory FACTORY = new JsonFactory();

    private Json() {}

    private static final class Mapper {
        static final ObjectMapper INSTANCE = new ObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    /** The object mapper, for records and trees. */
    public static ObjectMapper mapper() {
        return Mapper.INSTANCE;
    }

    /** The streaming parsers' and generators' factory. */
    public static JsonFactory factory() {
        return FACTORY;
    }

    /**
     * {@code value} as JSON text. Maps with text keys, collections, text, numbers, booleans and null are written by
     * the streaming generator; anything else (a record) by the mapper. Both write the same text for the same tree.
     */
    public static String write(Object value) {
        try {
            if (!plain(value)) {
                return mapper().writeValueAsString(value);
            }
            StringWriter out = new StringWriter();
            try (JsonGenerator g = FACTORY.createGenerator(out)) {
                writePlain(g, value);
            }
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean plain(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long || value instanceof Double) {
            return true;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String) || !plain(e.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (value instanceof Collection<?> items) {
            for (Object item : items) {
                if (!plain(item)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static void writePlain(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Integer i) {
            g.writeNumber(i);
        } else if (value instanceof Long l) {
            g.writeNumber(l);
        } else if (value instanceof Double d) {
            g.writeNumber(d);
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName((String) e.getKey());
                writePlain(g, e.getValue());
            }
            g.writeEndObject();
        } else {
            g.writeStartArray();
            for (Object item : (Collection<?>) value) {
                writePlain(g, item);
            }
            g.writeEndArray();
        }
    }
}

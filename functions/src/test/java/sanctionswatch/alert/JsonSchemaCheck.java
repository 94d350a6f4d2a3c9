package sanctionswatch.alert;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a document against the part of JSON Schema the project's schemas use: type (one or several), required,
 * properties, items, enum and pattern. Returns the problems, empty when the document conforms.
 */
final class JsonSchemaCheck {
    private JsonSchemaCheck() {}

    static List<String> problems(JsonNode schema, JsonNode doc) {
        List<String> out = new ArrayList<>();
        check(schema, doc, "$", out);
        return out;
    }

    private static void check(JsonNode schema, JsonNode doc, String path, List<String> out) {
        JsonNode type = schema.get("type");
        if (type != null && !typeMatches(type, doc)) {
            out.add(path + ": expected " + type + ", found " + doc.getNodeType());
            return;
        }
        JsonNode en = schema.get("enum");
        if (en != null) {
            boolean any = false;
            for (JsonNode v : en) {
                any |= v.equals(doc);
            }
            if (!any) {
                out.add(path + ": " + doc + " is not one of " + en);
            }
        }
        JsonNode pattern = schema.get("pattern");
        if (pattern != null && doc.isTextual() && !Pattern.compile(pattern.asText()).matcher(doc.asText()).find()) {
            out.add(path + ": " + doc + " does not match " + pattern.asText());
        }
        JsonNode required = schema.get("required");
        if (required != null) {
            for (JsonNode r : required) {
                if (!doc.has(r.asText())) {
                    out.add(path + ": missing " + r.asText());
                }
            }
        }
        JsonNode properties = schema.get("properties");
        if (properties != null && doc.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = properties.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                if (doc.has(f.getKey())) {
                    check(f.getValue(), doc.get(f.getKey()), path + "." + f.getKey(), out);
                }
            }
        }
        JsonNode items = schema.get("items");
        if (items != null && doc.isArray()) {
            for (int i = 0; i < doc.size(); i++) {
                check(items, doc.get(i), path + "[" + i + "]", out);
            }
        }
    }

    private static boolean typeMatches(JsonNode type, JsonNode doc) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(t, doc)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> doc.isObject();
            case "array" -> doc.isArray();
            case "string" -> doc.isTextual();
            case "integer" -> doc.isIntegralNumber();
            case "number" -> doc.isNumber();
            case "boolean" -> doc.isBoolean();
            case "null" -> doc.isNull();
            default -> false;
        };
    }
}

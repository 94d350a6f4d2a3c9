package sanctionswatch.local;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SAM template, read as CloudFormation means it: short-form intrinsics ({@code !Ref X}, {@code !GetAtt A.B},
 * {@code !Sub …}) become their long forms ({@code {Ref: X}}, {@code {Fn::GetAtt: [A, B]}}), so code can tell a
 * reference from a literal.
 */
public final class Template {
    private final Map<String, Object> root;

    private Template(Map<String, Object> root) {
        this.root = root;
    }

    @SuppressWarnings("unchecked")
    public static Template read(Path file) throws IOException {
        try (YAMLParser p = new YAMLFactory().createParser(file.toFile())) {
            p.nextToken();
            Object tree = readValue(p);
            if (!(tree instanceof Map)) {
                throw new IOException(file + " is not a template (no top-level mapping)");
            }
            return new Template((Map<String, Object>) tree);
        }
    }

    private static Object readValue(YAMLParser p) throws IOException {
        String tag = p.getTypeId();
        Object value;
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            Map<String, Object> map = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                map.put(name, readValue(p));
            }
            value = map;
        } else if (t == JsonToken.START_ARRAY) {
            List<Object> list = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                list.add(readValue(p));
            }
            value = list;
        } else if (t == JsonToken.VALUE_NULL) {
            value = null;
        } else {
            value = p.getText();
        }
        // Jackson gives a local tag without its '!' ("Ref"); YAML's own tags come as URIs ("tag:yaml.org,2002:str").
        if (tag == null || tag.isEmpty() || tag.contains(":")) {
            return value;
        }
        String fn = tag.startsWith("!") ? tag.substring(1) : tag;
        if (fn.equals("Ref")) {
            return Map.of("Ref", value);
        }
        if (fn.equals("GetAtt") && value instanceof String s) {
            int dot = s.indexOf('.');
            return Map.of("Fn::GetAtt", List.of(s.substring(0, dot), s.substring(dot + 1)));
        }
        return Map.of("Fn::" + fn, value);
    }

    /** The resources of a type ({@code AWS::DynamoDB::Table}), by logical id, in template order. */
    public Map<String, Map<String, Object>> resources(String type) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        map(root, "Resources").forEach((id, r) -> {
            Map<String, Object> resource = asMap(r);
            if (type.equals(resource.get("Type"))) {
                out.put(id, resource);
            }
        });
        return out;
    }

    /** A resource's Type, or null when the template has no such resource. */
    public String resourceType(String logicalId) {
        Object type = asMap(map(root, "Resources").get(logicalId)).get("Type");
        return type == null ? null : String.valueOf(type);
    }

    /** A resource's Properties. */
    public Map<String, Object> properties(String logicalId) {
        Map<String, Object> resource = asMap(map(root, "Resources").get(logicalId));
        if (resource.isEmpty()) {
            throw new IllegalArgumentException("template.yaml has no resource " + logicalId);
        }
        return map(resource, "Properties");
    }

    /** A top-level section ({@code Resources}, {@code Conditions}, {@code Outputs}, …), empty when absent. */
    public Map<String, Object> section(String name) {
        return map(root, name);
    }

    /** The Parameters section, by name. */
    public Map<String, Object> parameters() {
        return map(root, "Parameters");
    }

    /** Parameter defaults, by name. */
    public Map<String, String> parameterDefaults() {
        Map<String, String> out = new LinkedHashMap<>();
        map(root, "Parameters").forEach((name, p) -> {
            Object d = asMap(p).get("Default");
            out.put(name, d == null ? "" : String.valueOf(d));
        });
        return out;
    }

    /** A function's Handler ({@code pkg.Class::method}), the function's own or the Globals'. */
    public String handler(String function) {
        return String.valueOf(functionProperty(function, "Handler")
                .orElseThrow(() -> new IllegalArgumentException(function + " has no Handler")));
    }

    public String codeUri(String function) {
        return String.valueOf(functionProperty(function, "CodeUri")
                .orElseThrow(() -> new IllegalArgumentException(function + " has no CodeUri")));
    }

    /** The function's environment variables as written: Globals' first, the function's own over them. */
    public Map<String, Object> environment(String function) {
        Map<String, Object> env = new LinkedHashMap<>();
        env.putAll(map(map(map(map(root, "Globals"), "Function"), "Environment"), "Variables"));
        env.putAll(map(map(properties(function), "Environment"), "Variables"));
        return env;
    }

    /** A route of the template's HTTP API: {@code GET /alerts/{alertId}} of ReviewFunction's event Page. */
    public record HttpRoute(String function, String method, String path) {}

    /**
     * Every route the functions' {@code HttpApi} events define, in template order: for this template the watches
     * routes of WatchesFunction ({@code GET /watches}, {@code POST /watches}, …), then ReviewFunction's
     * {@code GET /alerts/{alertId}} and {@code POST /alerts/{alertId}/decisions}.
     */
    public List<HttpRoute> httpApiRoutes() {
        List<HttpRoute> routes = new ArrayList<>();
        for (String function : functions()) {
            map(properties(function), "Events").values().forEach(e -> {
                Map<String, Object> event = asMap(e);
                if ("HttpApi".equals(event.get("Type"))) {
                    Map<String, Object> p = map(event, "Properties");
                    routes.add(new HttpRoute(function, String.valueOf(p.get("Method")), String.valueOf(p.get("Path"))));
                }
            });
        }
        return routes;
    }

    public List<String> functions() {
        return new ArrayList<>(resources("AWS::Serverless::Function").keySet());
    }

    private Optional<Object> functionProperty(String function, String name) {
        Object own = properties(function).get(name);
        if (own != null) {
            return Optional.of(own);
        }
        return Optional.ofNullable(map(map(root, "Globals"), "Function").get(name));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object o) {
        return o instanceof Map ? (Map<String, Object>) o : Map.of();
    }

    static Map<String, Object> map(Map<String, Object> m, String key) {
        return asMap(m.get(key));
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Map<String, Object> m, String key) {
        Object o = m.get(key);
        return o instanceof List ? (List<Object>) o : List.of();
    }

    /** Splits {@code pkg.Class::method}. */
    public static List<String> handlerParts(String handler) {
        String[] parts = handler.split("::");
        return parts.length == 2 ? Arrays.asList(parts) : List.of(handler, "handleRequest");
    }
}

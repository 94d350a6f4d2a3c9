package sanctionswatch.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import sanctionswatch.country.Countries;
import sanctionswatch.json.Json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The watches resource: {@code GET /watches}, {@code POST /watches}, {@code GET /watches/{id}},
 * {@code DELETE /watches/{id}}. Input is validated with errors a person can act on; the HTTP transport is the
 * caller's.
 */
public final class WatchApi {
    /** An HTTP answer: status and JSON body (empty for 204). */
    public record Response(int status, String body) {}

    private final WatchStore store;
    private final Countries countries;

    public WatchApi(WatchStore store, Countries countries) {
        this.store = store;
        this.countries = countries;
    }

    public Response handle(String method, String path, String body) {
        String p = path == null ? "" : path.replaceAll("/+$", "");
        String m = method == null ? "" : method.toUpperCase(Locale.ROOT);
        if (p.equals("/watches")) {
            return switch (m) {
                case "GET" -> ok(Map.of("watches", Watches.current(store).stream().map(WatchApi::toJson).toList()));
                case "POST" -> create(body);
                default -> error(405, "use GET or POST on /watches");
            };
        }
        if (p.startsWith("/watches/") && p.indexOf('/', "/watches/".length()) < 0) {
            String id = p.substring("/watches/".length());
            return switch (m) {
                case "GET" -> find(id).map(w -> ok(toJson(w))).orElseGet(() -> error(404, "no watch " + id));
                case "DELETE" -> {
                    Watches.current(store);
                    yield store.remove(id) ? new Response(204, "") : error(404, "no watch " + id);
                }
                default -> error(405, "use GET or DELETE on /watches/{id}");
            };
        }
        return error(404, "no such resource: " + p);
    }

    private Response create(String body) {
        JsonNode j;
        try {
            j = Json.mapper().readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            return error(400, "the body is not JSON");
        }
        if (j == null || !j.isObject()) {
            return error(400, "the body is a JSON object: {\"type\": \"country-pair\", \"first\": \"RU\", "
                    + "\"second\": \"KP\"}, {\"type\": \"entity\", \"entityId\": \"ofac-sdn:41736\"} or "
                    + "{\"type\": \"name\", \"name\": \"Ashot Mkrtychev\"}");
        }
        Watch w;
        try {
            w = Watches.validate(fromJson(j), countries);
        } catch (IllegalArgumentException e) {
            return error(400, e.getMessage());
        }
        if (find(w.id()).isPresent()) {
            return error(409, "a watch " + w.id() + " exists already; DELETE it first or choose another id");
        }
        store.put(w);
        return new Response(201, Json.write(toJson(w)));
    }

    private Optional<Watch> find(String id) {
        return Watches.current(store).stream().filter(w -> w.id().equals(id)).findFirst();
    }

    /** The watch of a JSON body or file entry: its {@code id} and the fields {@link WatchFields} reads. */
    static Watch fromJson(JsonNode j) {
        return WatchFields.watch(text(j, "id"), field -> {
            JsonNode v = j.get(field);
            if (v != null && v.isArray()) {
                List<String> items = new ArrayList<>();
                v.forEach(item -> items.add(item.asText()));
                return items;
            }
            return text(j, field);
        });
    }

    /** A watch as JSON: {@code {"id": "am", "type": "name", "name": "Ashot Mkrtychev"}}. */
    static Map<String, Object> toJson(Watch w) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("id", w.id());
        j.putAll(WatchFields.of(w));
        return j;
    }

    private static String text(JsonNode j, String field) {
        JsonNode v = j.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Response ok(Object body) {
        return new Response(200, Json.write(body));
    }

    private static Response error(int status, String message) {
        return new Response(status, Json.write(Map.of("error", message)));
    }
}

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

    static Watch fromJson(JsonNode j) {
        String type = text(j, "type");
        String id = text(j, "id");
        if (type == null) {
            throw new IllegalArgumentException("\"type\" is required: country-pair, entity or name");
        }
        return switch (type) {
            case "country-pair" -> {
                String first = upper(text(j, "first"));
                String second = upper(text(j, "second"));
                String scope = text(j, "scope");
                CountryPairWatch.Scope s;
                try {
                    s = scope == null ? CountryPairWatch.Scope.PARAGRAPH
                            : CountryPairWatch.Scope.valueOf(scope.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("scope is sentence, paragraph or article, not '" + scope + "'");
                }
                yield new CountryPairWatch(id != null ? id : (first + "-" + second).toLowerCase(Locale.ROOT), first,
                        second, s);
            }
            case "entity" -> {
                EntityWatch e = (EntityWatch) Watches.parse("entity:" + nonNull(text(j, "entityId"), "entityId"), id);
                List<String> lists = new ArrayList<>();
                j.path("lists").forEach(l -> lists.add(l.asText()));
                yield lists.isEmpty() ? e : new EntityWatch(e.id(), e.entityId(), lists);
            }
            case "name" -> Watches.parse("name:" + nonNull(text(j, "name"), "name"), id);
            default -> throw new IllegalArgumentException("unknown type '" + type + "': country-pair, entity or name");
        };
    }

    static Map<String, Object> toJson(Watch w) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("id", w.id());
        j.put("type", w.type());
        if (w instanceof CountryPairWatch p) {
            j.put("first", p.first());
            j.put("second", p.second());
            j.put("scope", p.scopeName());
        } else if (w instanceof EntityWatch e) {
            j.put("entityId", e.entityId());
            if (!e.lists().isEmpty()) {
                j.put("lists", e.lists());
            }
        } else if (w instanceof NameWatch n) {
            j.put("name", n.name());
        }
        return j;
    }

    private static String text(JsonNode j, String field) {
        JsonNode v = j.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String upper(String s) {
        return s == null ? null : s.strip().toUpperCase(Locale.ROOT);
    }

    private static String nonNull(String v, String field) {
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("\"" + field + "\" is required and not empty");
        }
        return v;
    }

    private static Response ok(Object body) {
        return new Response(200, Json.write(body));
    }

    private static Response error(int status, String message) {
        return new Response(status, Json.write(Map.of("error", message)));
    }
}

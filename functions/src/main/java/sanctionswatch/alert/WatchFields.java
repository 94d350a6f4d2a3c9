package sanctionswatch.alert;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The one mapping between a watch and its fields by name, shared by the watch items of the table
 * ({@code DynamoWatchStore}), the HTTP resource's bodies ({@link WatchApi}) and the local watches file
 * ({@link FileWatchStore}): the Ashot Mkrtychev watch is {@code type=name, name=Ashot Mkrtychev}, the default pair
 * {@code type=country-pair, first=RU, second=KP, scope=paragraph}, a list entry
 * {@code type=entity, entityId=ofac-sdn:41736}, limited to some lists with {@code lists=[ofac-sdn, uk]} (a list of
 * strings: a JSON array, a string set in the table); the id is the caller's ({@code watchId} in the table, {@code id}
 * in JSON).
 */
public final class WatchFields {
    private WatchFields() {}

    /** The watch's type and fields, in the order they are written, without its id: strings, and a list for lists. */
    public static Map<String, Object> of(Watch w) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("type", w.type().wire());
        if (w instanceof CountryPairWatch p) {
            fields.put("first", p.first());
            fields.put("second", p.second());
            fields.put("scope", p.scopeName());
        } else if (w instanceof EntityWatch e) {
            fields.put("entityId", e.entityId());
            if (!e.lists().isEmpty()) {
                fields.put("lists", e.lists());
            }
        } else if (w instanceof NameWatch n) {
            fields.put("name", n.name());
        }
        return fields;
    }

    /**
     * The watch the fields describe, {@code field} giving each by name (a string, a list of strings for {@code
     * lists}, or null when absent). Without an id, one is
     * made from the watch ({@code ru-kp}, {@code name-ashot-mkrtychev}). Throws {@link IllegalArgumentException} with
     * what a person can correct: a missing type or field, an unknown type or scope, codes that are not a pair.
     */
    public static Watch watch(String id, Function<String, ?> field) {
        String type = text(field.apply("type"));
        if (type == null) {
            throw new IllegalArgumentException("\"type\" is required: country-pair, entity or name");
        }
        return switch (WatchType.of(type)) {
            case COUNTRY_PAIR -> {
                String first = upper(text(field.apply("first")));
                String second = upper(text(field.apply("second")));
                String scope = text(field.apply("scope"));
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
            case ENTITY -> {
                Watch entity = Watches.parse("entity:" + nonNull(text(field.apply("entityId")), "entityId"), id);
                List<String> lists = lists(field.apply("lists"));
                yield lists.isEmpty() ? entity : new EntityWatch(entity.id(), ((EntityWatch) entity).entityId(), lists);
            }
            case NAME -> Watches.parse("name:" + nonNull(text(field.apply("name")), "name"), id);
        };
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** The lists of a field that is a list of strings, or one string of them separated by commas ("ofac-sdn,uk"). */
    private static List<String> lists(Object value) {
        if (value instanceof Collection<?> c) {
            return c.stream().map(Object::toString).toList();
        }
        return value == null || value.toString().isBlank() ? List.of()
                : List.of(value.toString().strip().split("\\s*,\\s*"));
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
}

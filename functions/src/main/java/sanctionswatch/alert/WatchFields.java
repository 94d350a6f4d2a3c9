package sanctionswatch.alert;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The one mapping between a watch and its fields by name, shared by the watch items of the table
 * ({@code DynamoWatchStore}), the HTTP resource's bodies ({@link WatchApi}) and the local watches file
 * ({@link FileWatchStore}): the Ashot Mkrtychev watch is {@code type=name, name=Ashot Mkrtychev}, the default pair
 * {@code type=country-pair, first=RU, second=KP, scope=paragraph}, a list entry
 * {@code type=entity, entityId=ofac-sdn:41736}; the id is the caller's ({@code watchId} in the table, {@code id} in
 * JSON).
 */
public final class WatchFields {
    private WatchFields() {}

    /** The watch's type and fields, in the order they are written, without its id. */
    public static Map<String, String> of(Watch w) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("type", w.type().wire());
        if (w instanceof CountryPairWatch p) {
            fields.put("first", p.first());
            fields.put("second", p.second());
            fields.put("scope", p.scopeName());
        } else if (w instanceof EntityWatch e) {
            fields.put("entityId", e.entityId());
        } else if (w instanceof NameWatch n) {
            fields.put("name", n.name());
        }
        return fields;
    }

    /**
     * The watch the fields describe, {@code field} giving each by name (null when absent). Without an id, one is
     * made from the watch ({@code ru-kp}, {@code name-ashot-mkrtychev}). Throws {@link IllegalArgumentException} with
     * what a person can correct: a missing type or field, an unknown type or scope, codes that are not a pair.
     */
    public static Watch watch(String id, Function<String, String> field) {
        String type = field.apply("type");
        if (type == null) {
            throw new IllegalArgumentException("\"type\" is required: country-pair, entity or name");
        }
        return switch (WatchType.of(type)) {
            case COUNTRY_PAIR -> {
                String first = upper(field.apply("first"));
                String second = upper(field.apply("second"));
                String scope = field.apply("scope");
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
            case ENTITY -> Watches.parse("entity:" + nonNull(field.apply("entityId"), "entityId"), id);
            case NAME -> Watches.parse("name:" + nonNull(field.apply("name"), "name"), id);
        };
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

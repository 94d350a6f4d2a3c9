package sanctionswatch.alert;

import sanctionswatch.country.Countries;

import java.util.List;
import java.util.Locale;

/** The default watch set, and watches written the way people type them. */
public final class Watches {
    /** Russia and North Korea named in the same paragraph. */
    public static final CountryPairWatch RU_KP = new CountryPairWatch("ru-kp", "RU", "KP",
            CountryPairWatch.Scope.PARAGRAPH);

    private Watches() {}

    public static List<Watch> defaults() {
        return List.of(RU_KP);
    }

    /** The watches in force: the store's, after putting the defaults there the first time. */
    public static List<Watch> current(WatchStore store) {
        if (!store.defaultsSeeded()) {
            defaults().forEach(store::put);
            store.markDefaultsSeeded();
        }
        return store.list();
    }

    /**
     * A watch from its short form: {@code pair:RU,KP[,sentence|paragraph|article]}, {@code entity:ofac-sdn:41736}
     * or {@code name:Ashot Mkrtychev}. The id is derived from the watch unless given.
     */
    public static Watch parse(String spec, String id) {
        int colon = spec.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("a watch is pair:RU,KP, entity:<list id> or name:<text>, not '"
                    + spec + "'");
        }
        String kind = spec.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String value = spec.substring(colon + 1).strip();
        return switch (kind) {
            case "pair" -> {
                String[] parts = value.toUpperCase(Locale.ROOT).split("\\s*[,+ ]\\s*");
                if (parts.length < 2 || parts.length > 3) {
                    throw new IllegalArgumentException("a pair is two country codes, e.g. pair:RU,KP");
                }
                CountryPairWatch.Scope scope = parts.length == 3
                        ? CountryPairWatch.Scope.valueOf(parts[2]) : CountryPairWatch.Scope.PARAGRAPH;
                yield new CountryPairWatch(id != null ? id : (parts[0] + "-" + parts[1]).toLowerCase(Locale.ROOT),
                        parts[0], parts[1], scope);
            }
            case "entity" -> new EntityWatch(id != null ? id : "entity-" + value.replace(':', '-'), value);
            case "name" -> new NameWatch(id != null ? id : "name-" + slug(value), value);
            default -> throw new IllegalArgumentException("unknown watch kind '" + kind
                    + "': use pair, entity or name");
        };
    }

    /**
     * Refuses, with the reason, a watch that cannot fire: a country code no state has, an id that is not a short
     * slug.
     */
    public static Watch validate(Watch w, Countries countries) {
        if (w.id() == null || !w.id().matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw new IllegalArgumentException("a watch id is 1 to 64 lower-case letters, digits and hyphens, not '"
                    + w.id() + "'");
        }
        if (w instanceof CountryPairWatch p) {
            for (String code : List.of(p.first(), p.second())) {
                if (countries.byCode(code).isEmpty()) {
                    throw new IllegalArgumentException("unknown country code " + code);
                }
            }
        }
        return w;
    }

    private static String slug(String s) {
        String slug = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? Integer.toHexString(s.hashCode()) : slug;
    }
}

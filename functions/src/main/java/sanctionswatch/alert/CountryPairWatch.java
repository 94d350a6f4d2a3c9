package sanctionswatch.alert;

import java.util.Locale;

/**
 * Two states named together, within a sentence, a paragraph (the default) or anywhere in the same article.
 *
 * @param first  ISO alpha-2 code
 * @param second ISO alpha-2 code, not the same as {@code first}
 */
public record CountryPairWatch(String id, String first, String second, Scope scope) implements Watch {
    public enum Scope { SENTENCE, PARAGRAPH, ARTICLE }

    public CountryPairWatch {
        if (first == null || second == null || !first.matches("[A-Z]{2}") || !second.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("a country pair is two ISO alpha-2 codes, e.g. RU,KP");
        }
        if (first.equals(second)) {
            throw new IllegalArgumentException("a country pair needs two different countries, not " + first + " twice");
        }
        if (scope == null) {
            scope = Scope.PARAGRAPH;
        }
    }

    @Override
    public WatchType type() {
        return WatchType.COUNTRY_PAIR;
    }

    @Override
    public String describe() {
        return "pair " + first + "+" + second + " (same " + scopeName() + ")";
    }

    public String scopeName() {
        return scope.name().toLowerCase(Locale.ROOT);
    }
}

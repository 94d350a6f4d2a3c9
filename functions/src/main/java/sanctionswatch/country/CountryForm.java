package sanctionswatch.country;

import java.util.List;

/**
 * One way a text names a state: a name, a demonym or a place that stands for it.
 *
 * @param code          the state's alpha-2 code, or {@code null} for a phrase that contains a country's name but does
 *                      not stand for it ("Latin America")
 * @param words         the phrase as folded words
 * @param caseSensitive the phrase only counts written in capitals, as the gazetteer writes it ("US", not "us")
 * @param kind          name, demonym or place
 */
public record CountryForm(String code, List<String> words, boolean caseSensitive, Kind kind) {
    public enum Kind { NAME, DEMONYM, PLACE, NOT_A_COUNTRY }

    public CountryForm {
        words = List.copyOf(words);
    }
}

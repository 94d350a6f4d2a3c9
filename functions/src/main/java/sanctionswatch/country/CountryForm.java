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
 * @param inflects      the phrase is written in a script whose words take case endings or joined prefixes in text
 *                      (Cyrillic: России for Россия; Arabic: وإيران for إيران), so an inflected word may match it
 * @param anyCase       the phrase is written in lower case, as the language writes it (российский, estadounidense,
 *                      américain): it matches whatever the case
 */
public record CountryForm(String code, List<String> words, boolean caseSensitive, Kind kind, boolean inflects,
                          boolean anyCase) {
    /**
     * What the phrase is: a name of the state, a demonym, a place that stands for it, a region whose name a list's
     * address gives for the state but which a text naming it does not name the state by ("Crimea"), or a phrase that
     * contains a state's name without standing for it ("Latin America").
     */
    public enum Kind { NAME, DEMONYM, PLACE, REGION, NOT_A_COUNTRY }

    public CountryForm {
        words = List.copyOf(words);
    }
}

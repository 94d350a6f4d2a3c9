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
 * @param capitalised   for each word, whether the phrase writes it capitalised, so that it counts only so: a word
 *                      the language writes in lower case matches whatever the case (российский, estadounidense,
 *                      américain; saoudite of "Arabie saoudite", unis of "Émirats arabes unis")
 */
public record CountryForm(String code, List<String> words, boolean caseSensitive, Kind kind, boolean inflects,
                          List<Boolean> capitalised) {
    /**
     * What the phrase is: a name of the state, a demonym, a place that stands for it, a region whose name a list's
     * address gives for the state but which a text naming it does not name the state by ("Crimea"), or a phrase that
     * contains a state's name without standing for it ("Latin America").
     */
    public enum Kind { NAME, DEMONYM, PLACE, REGION, NOT_A_COUNTRY }

    public CountryForm {
        words = List.copyOf(words);
        capitalised = List.copyOf(capitalised);
        if (capitalised.size() != words.size()) {
            throw new IllegalArgumentException("one capitalisation per word: " + words + " " + capitalised);
        }
    }
}

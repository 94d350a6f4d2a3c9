package sanctionswatch.match;

import sanctionswatch.text.Token;

import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

/**
 * What the scanner found in one text.
 *
 * @param text            the text scanned; offsets point into it
 * @param tokens          its words, as the scan read them, for whoever reads the text again (watches, stories)
 * @param mentions        list-entry mentions in text order
 * @param countryMentions country mentions in text order
 */
public record ScanResult(String text, List<Token> tokens, List<Mention> mentions,
                         List<CountryMention> countryMentions) {
    public ScanResult {
        tokens = Collections.unmodifiableList(tokens);
        mentions = List.copyOf(mentions);
        countryMentions = List.copyOf(countryMentions);
    }

    /** The distinct country codes named, sorted. */
    public List<String> countries() {
        TreeSet<String> codes = new TreeSet<>();
        for (CountryMention c : countryMentions) {
            codes.add(c.code());
        }
        return List.copyOf(codes);
    }
}

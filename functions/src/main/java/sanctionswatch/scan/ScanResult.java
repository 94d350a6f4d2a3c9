package sanctionswatch.scan;

import sanctionswatch.match.CountryMention;
import sanctionswatch.match.Mention;

import java.util.List;
import java.util.TreeSet;

/**
 * What the scanner found in one text.
 *
 * @param text            the text scanned; offsets point into it
 * @param mentions        list-entry mentions in text order
 * @param countryMentions country mentions in text order
 */
public record ScanResult(String text, List<Mention> mentions, List<CountryMention> countryMentions) {
    public ScanResult {
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

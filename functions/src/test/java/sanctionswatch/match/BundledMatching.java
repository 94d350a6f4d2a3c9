package sanctionswatch.match;

import sanctionswatch.country.Countries;
import sanctionswatch.lists.formats.OfacSdnCsv;
import sanctionswatch.text.Token;
import sanctionswatch.text.Tokenizer;

import java.util.List;

/**
 * The scanner's matching on the bundled SDN list and country gazetteer, built once for the test classes that read
 * sentences through it: {@code BundledMatching.mentions("Putin spoke in Russia.")} is one mention of PUTIN, Vladimir
 * Vladimirovich, by his surname alone, corroborated by Russia named.
 */
final class BundledMatching {
    static final EntityMatcher MATCHER = EntityMatcher.of(OfacSdnCsv.bundled());
    static final CountryMatcher COUNTRIES = new CountryMatcher(Countries.bundled());

    private BundledMatching() {}

    /** The mentions of a text as the scanner finds them: with the countries it names. */
    static List<Mention> mentions(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        return MATCHER.find(text, tokens, COUNTRIES.find(text, tokens));
    }
}

package sanctionswatch.scan;

import sanctionswatch.country.Countries;
import sanctionswatch.match.CountryMatcher;
import sanctionswatch.match.EntityMatcher;
import sanctionswatch.match.Token;
import sanctionswatch.match.Tokenizer;
import sanctionswatch.watchlist.Watchlist;

import java.util.List;

/** Finds list-entry mentions and countries in a text. Built once per list; safe to share between threads. */
public final class ArticleScanner {
    private final EntityMatcher entities;
    private final CountryMatcher countries;

    public ArticleScanner(EntityMatcher entities, CountryMatcher countries) {
        this.entities = entities;
        this.countries = countries;
    }

    public static ArticleScanner of(Watchlist list) {
        return new ArticleScanner(EntityMatcher.of(list), new CountryMatcher(Countries.bundled()));
    }

    public ScanResult scan(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        return new ScanResult(text, tokens, entities.find(text, tokens), countries.find(text, tokens));
    }
}
